package com.vmsflow.gateway.report;

import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.store.report.B2b2cInvoiceRow;
import com.vmsflow.store.report.FailedOrderRow;
import com.vmsflow.store.report.InventoryDifferenceRow;
import com.vmsflow.store.report.QcExceptionRow;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.RmsDocumentRow;
import com.vmsflow.store.report.RsiItemRow;
import com.vmsflow.store.report.StatusMismatchRow;
import java.util.List;
import java.util.Optional;

/** The reports served: a new report is a query in {@link ReportDao} and one entry here. */
final class Reports {

    private static final Report<CancelledAfterPosting> CANCELLED_AFTER_ERP_POSTING = new Report<>(
            "cancelled-after-erp-posting",
            List.of(Column.text("orderId", CancelledAfterPosting::orderId),
                    Column.instant("cancelledAt", CancelledAfterPosting::cancelledAt),
                    Column.text("source", row -> row.source().name()),
                    Column.flag("fullCancellation", CancelledAfterPosting::full),
                    Column.text("reason", CancelledAfterPosting::reason),
                    Column.flag("invoiceReceived", CancelledAfterPosting::invoiceReceived),
                    Column.text("invoiceNumber", CancelledAfterPosting::invoiceNumber)),
            ReportDao::cancelledAfterErpPosting);

    private static final Report<RmsDocumentRow> RMS_DOCUMENTS = new Report<>(
            "rms-documents",
            List.of(Column.text("reference", RmsDocumentRow::reference),
                    Column.text("documentKind", RmsDocumentRow::documentKind),
                    Column.text("documentNumber", RmsDocumentRow::documentNumber),
                    Column.date("documentDate", RmsDocumentRow::documentDate),
                    Column.text("irn", RmsDocumentRow::irn),
                    Column.amount("totalValue", RmsDocumentRow::totalValue),
                    Column.instant("createdAt", RmsDocumentRow::createdAt)),
            ReportDao::rmsDocuments);

    private static final Report<RsiItemRow> RSI_ITEMS = new Report<>(
            "rsi-items",
            List.of(Column.text("documentId", RsiItemRow::documentId),
                    Column.instant("documentCreatedAt", RsiItemRow::documentCreatedAt),
                    Column.instant("acceptedAt", RsiItemRow::acceptedAt),
                    Column.text("returnId", RsiItemRow::returnId),
                    Column.text("orderId", RsiItemRow::orderId),
                    Column.text("channelSku", RsiItemRow::channelSku),
                    Column.text("sku", RsiItemRow::sku),
                    Column.integer("quantity", RsiItemRow::quantity),
                    Column.amount("amount", RsiItemRow::amount),
                    Column.text("returnStatus", RsiItemRow::returnStatus),
                    Column.flag("received", RsiItemRow::received)),
            ReportDao::rsiItems);

    private static final Report<QcExceptionRow> QC_EXCEPTIONS = new Report<>(
            "qc-exceptions",
            List.of(Column.text("returnId", QcExceptionRow::returnId),
                    Column.text("orderId", QcExceptionRow::orderId),
                    Column.text("sku", QcExceptionRow::sku),
                    Column.text("channelSku", QcExceptionRow::channelSku),
                    Column.text("qc", QcExceptionRow::qc),
                    Column.integer("quantity", QcExceptionRow::quantity),
                    Column.instant("reportedAt", QcExceptionRow::reportedAt)),
            ReportDao::qcExceptions);

    private static final Report<FailedOrderRow> FAILED_ORDERS = new Report<>(
            "failed-orders",
            List.of(Column.text("orderId", FailedOrderRow::orderId),
                    Column.instant("failedAt", FailedOrderRow::failedAt),
                    Column.texts("missingChannelSkus", FailedOrderRow::missingChannelSkus),
                    Column.text("currentStatus", row -> row.currentStatus().name()),
                    Column.instant("resolvedAt", FailedOrderRow::resolvedAt)),
            ReportDao::failedOrders);

    private static final Report<InventoryDifferenceRow> INVENTORY_DIFFERENCES = new Report<>(
            "inventory-differences",
            List.of(Column.text("clientId", InventoryDifferenceRow::clientId),
                    Column.text("channelId", InventoryDifferenceRow::channelId),
                    Column.text("reconciliationId", InventoryDifferenceRow::reconciliationId),
                    Column.text("channelSku", InventoryDifferenceRow::channelSku),
                    Column.text("clientSku", InventoryDifferenceRow::clientSku),
                    Column.integer("shown", InventoryDifferenceRow::shown),
                    Column.integer("expected", InventoryDifferenceRow::expected),
                    Column.text("kind", InventoryDifferenceRow::kind),
                    Column.flag("pushed", InventoryDifferenceRow::pushed),
                    Column.instant("foundAt", InventoryDifferenceRow::foundAt)),
            ReportDao::inventoryDifferences);

    private static final Report<StatusMismatchRow> STATUS_MISMATCHES = new Report<>(
            "status-mismatches",
            List.of(Column.text("orderId", StatusMismatchRow::orderId),
                    Column.text("ourStatus", StatusMismatchRow::ourStatus),
                    Column.text("ajioView", StatusMismatchRow::ajioView),
                    Column.instant("foundAt", StatusMismatchRow::foundAt),
                    Column.text("eventId", StatusMismatchRow::eventId),
                    Column.text("statusNow", StatusMismatchRow::statusNow),
                    Column.flag("flaggedForSupport", StatusMismatchRow::flaggedForSupport)),
            ReportDao::statusMismatches);

    private static final Report<B2b2cInvoiceRow> B2B2C_INVOICES = new Report<>(
            "b2b2c-invoices",
            List.of(Column.instant("createdAt", B2b2cInvoiceRow::createdAt),
                    Column.text("orderId", B2b2cInvoiceRow::orderId),
                    Column.text("partnerClientId", B2b2cInvoiceRow::partnerClientId),
                    Column.text("invoiceNumber", B2b2cInvoiceRow::invoiceNumber),
                    Column.date("invoiceDate", B2b2cInvoiceRow::invoiceDate),
                    Column.text("irn", B2b2cInvoiceRow::irn),
                    Column.text("issuer", B2b2cInvoiceRow::issuer),
                    Column.amount("totalValue", B2b2cInvoiceRow::totalValue),
                    Column.text("orderStatus", B2b2cInvoiceRow::orderStatus)),
            ReportDao::b2b2cInvoices);

    static final List<Report<?>> ALL = List.of(CANCELLED_AFTER_ERP_POSTING, RMS_DOCUMENTS, RSI_ITEMS, QC_EXCEPTIONS,
            FAILED_ORDERS, INVENTORY_DIFFERENCES, STATUS_MISMATCHES, B2B2C_INVOICES);

    private Reports() {
    }

    static Optional<Report<?>> named(String name) {
        return ALL.stream().filter(report -> report.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(Report::name).toList();
    }
}
