package com.vmsflow.launcher;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.returns.QcException;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.CancelledAfterPostingRepository;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.RsiRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import com.vmsflow.store.StoredDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A week of finance's rows for the reports page's browser test, written through the repositories the workflows use,
 * and the CSV each report must give for them. demo-erp (ERP e-invoicing) has cancellations after ERP posting, QC
 * exceptions and failed orders; demo-rms (RMS e-invoicing, RSI returns) has rows in every report, so that a key of
 * demo-erp always has another client's rows beside its own to not see (demo-rms stands for a brand that fulfils
 * demo-cn's orders, B2B2C). Each report also has a row just outside the week, which no report of the week may show.
 */
final class ReportRows {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final String ERP_CLIENT = "demo-erp";
    static final String RMS_CLIENT = "demo-rms";
    static final String PARTNER_CLIENT = "demo-cn";

    /** One report of one client: the records of its CSV after the header, in the report's order. */
    record Expected(String report, String clientId, List<List<String>> records) {

        Expected {
            records = List.copyOf(records);
        }
    }

    private final Jdbi jdbi;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, List<List<String>>> records = new HashMap<>();

    private ReportRows(Jdbi jdbi, LocalDate from, LocalDate to) {
        this.jdbi = jdbi;
        this.from = from;
        this.to = to;
    }

    /**
     * Writes the rows of the week {@code from}..{@code to} (India's days), which must end today: the RMS's documents
     * are stamped with the time they are stored.
     */
    static ReportRows write(Jdbi jdbi, LocalDate from, LocalDate to) {
        ReportRows rows = new ReportRows(jdbi, from, to);
        rows.cancellationsAfterErpPosting();
        rows.rmsDocuments();
        rows.rsiItems();
        rows.qcExceptions();
        rows.failedOrders();
        rows.inventoryDifferences();
        rows.statusMismatches();
        rows.b2b2cInvoices();
        return rows;
    }

    /** What the report of the client over the week holds; empty for a report the client has no rows in. */
    Expected expected(String report, String clientId) {
        return new Expected(report, clientId, records.getOrDefault(report + "/" + clientId, List.of()));
    }

    private void cancellationsAfterErpPosting() {
        CancelledAfterPostingRepository cancellations = new CancelledAfterPostingRepository(jdbi);
        // A minute before the week: not in it.
        cancellations.add(new CancelledAfterPosting(ERP_CLIENT, "FL2000100", CancellationSource.SELLER, true,
                "Customer asked to cancel", false, null, from.atStartOfDay(INDIA).toInstant().minusSeconds(60)));
        cancelled(ERP_CLIENT, "FL2000101", CancellationSource.SELLER, true, "Out of stock at the warehouse", null,
                from.atStartOfDay(INDIA).toInstant(), "Out of stock at the warehouse");
        cancelled(ERP_CLIENT, "FL2000102", CancellationSource.AJIO_BUSINESS, true,
                "SLA breach: not packed in 48 hours", "DE2627000041", at(5, "11:20"),
                "SLA breach: not packed in 48 hours");
        // Text a spreadsheet would run, put there by malice or by chance: the CSV disarms it with an apostrophe.
        cancelled(ERP_CLIENT, "FL2000103", CancellationSource.SELLER, false, "=HYPERLINK(\"http://refund.example\")",
                "DE2627000042", at(3, "14:30"), "'=HYPERLINK(\"http://refund.example\")");
        cancelled(ERP_CLIENT, "FL2000104", CancellationSource.SELLER, false, "+91 98450 12345 called to cancel", null,
                at(2, "09:05"), "'+91 98450 12345 called to cancel");
        cancelled(ERP_CLIENT, "FL2000105", CancellationSource.AJIO_BUSINESS, true, "Tech issue at Ajio",
                "DE2627000044", at(0, "08:45"), "Tech issue at Ajio");
        cancelled(RMS_CLIENT, "FL3000101", CancellationSource.SELLER, true, "Price error", null, at(4, "10:00"),
                "Price error");
    }

    private void cancelled(String clientId, String orderId, CancellationSource source, boolean full, String reason,
                           String invoiceNumber, Instant at, String reasonInCsv) {
        new CancelledAfterPostingRepository(jdbi).add(new CancelledAfterPosting(clientId, orderId, source, full,
                reason, invoiceNumber != null, invoiceNumber, at));
        add("cancelled-after-erp-posting", clientId, orderId, iso(at), source.name(), String.valueOf(full),
                reasonInCsv, String.valueOf(invoiceNumber != null), text(invoiceNumber));
    }

    private void rmsDocuments() {
        DocumentRepository documents = new DocumentRepository(jdbi);
        String irn = "a1b2c3d4e5f6".repeat(5) + "a1b2";
        rmsDocument(documents, "FL3000201", DocumentKind.B2B_INVOICE, "DR2627000101", irn, "1180.5", "1180.50");
        rmsDocument(documents, "RT3000201", DocumentKind.CREDIT_NOTE, "DRCN2627000007", irn.replace('a', 'f'), "499",
                "499.00");
        // Not the RMS's: Ajio's B2C invoice, and demo-erp's own ERP e-invoice.
        documents.save(new StoredDocument(RMS_CLIENT, "FL3000201", DocumentKind.B2C_INVOICE, "AJ-B2C-3000201", to,
                "AJIO", null, new BigDecimal("1180.50"), "{}"));
        documents.save(new StoredDocument(ERP_CLIENT, "FL2000201", DocumentKind.B2B_INVOICE, "DE2627000050", to,
                "ERP", irn, new BigDecimal("2360.00"), "{}"));
    }

    private void rmsDocument(DocumentRepository documents, String reference, DocumentKind kind, String number,
                             String irn, String total, String totalInCsv) {
        Instant createdAt = stored(documents, new StoredDocument(RMS_CLIENT, reference, kind, number, to, "RMS", irn,
                new BigDecimal(total), "{}"));
        add("rms-documents", RMS_CLIENT, reference, kind.name(), number, to.toString(), irn, totalInCsv,
                iso(createdAt));
    }

    /** Saves the document; answers when it was stored, stamped by the database: read back to the microsecond. */
    private Instant stored(DocumentRepository documents, StoredDocument document) {
        documents.save(document);
        return jdbi.withHandle(h -> h.createQuery(
                        "select created_at from documents where client_id = :c and doc_number = :n")
                .bind("c", document.clientId()).bind("n", document.number()).mapTo(Instant.class).one());
    }

    private void rsiItems() {
        new SkuMappingRepository(jdbi).upsert(RMS_CLIENT, List.of(new SkuMappingRow("AJ-KURTA-BLUE-M",
                "KURTA-BLUE-M")));
        ReturnRepository returns = new ReturnRepository(jdbi);
        returns.record(new ReturnRecord(RMS_CLIENT, "RT3000301", "FL3000301", ReturnType.CUSTOMER_RETURN,
                ReturnModel.RSI, ReturnStatus.RECEIVED, WaitingFor.AJIO, null, at(6, "09:00")));
        returns.record(new ReturnRecord(RMS_CLIENT, "RT3000303", "FL3000303", ReturnType.CUSTOMER_RETURN,
                ReturnModel.RSI, ReturnStatus.EXPECTED, WaitingFor.WAREHOUSE, null, at(2, "09:00")));
        RsiRepository rsi = new RsiRepository(jdbi);
        rsi.record(RMS_CLIENT, new RsiDocument("RSI-DR-0000", at(9, "12:00"), List.of(
                new RsiItem("RT3000300", "FL3000300", "AJ-KURTA-BLUE-M", 1, new BigDecimal("899.00")))));
        Instant first = at(5, "11:00");
        Instant accepted = at(5, "11:02");
        rsi.record(RMS_CLIENT, new RsiDocument("RSI-DR-0001", first, List.of(
                new RsiItem("RT3000301", "FL3000301", "AJ-KURTA-BLUE-M", 1, new BigDecimal("899.00")),
                // A return the sync has not brought yet, of a channel SKU not mapped: no SKU, no status.
                new RsiItem("RT3000302", "FL3000302", "AJ-SCARF-RED", 2, new BigDecimal("998")))));
        rsi.markAccepted(RMS_CLIENT, "RSI-DR-0001", accepted);
        Instant second = at(1, "16:45");
        rsi.record(RMS_CLIENT, new RsiDocument("RSI-DR-0002", second, List.of(
                new RsiItem("RT3000303", "FL3000303", "AJ-KURTA-BLUE-M", 1, new BigDecimal("899.00")))));
        add("rsi-items", RMS_CLIENT, "RSI-DR-0001", iso(first), iso(accepted), "RT3000301", "FL3000301",
                "AJ-KURTA-BLUE-M", "KURTA-BLUE-M", "1", "899.00", "RECEIVED", "true");
        add("rsi-items", RMS_CLIENT, "RSI-DR-0001", iso(first), iso(accepted), "RT3000302", "FL3000302",
                "AJ-SCARF-RED", "", "2", "998.00", "", "false");
        add("rsi-items", RMS_CLIENT, "RSI-DR-0002", iso(second), "", "RT3000303", "FL3000303", "AJ-KURTA-BLUE-M",
                "KURTA-BLUE-M", "1", "899.00", "EXPECTED", "false");
    }

    private void qcExceptions() {
        new ReturnRepository(jdbi).addQcExceptions(List.of(new QcException(ERP_CLIENT, "RT2000400", "FL2000400",
                "KURTA-BLUE-M", "AJ-KURTA-BLUE-M", 1, QcResult.FAIL, from.minusDays(3).atStartOfDay(INDIA)
                .toInstant())));
        qc(ERP_CLIENT, "RT2000401", "FL2000401", "KURTA-BLUE-M", "AJ-KURTA-BLUE-M", 1, QcResult.FAIL, at(4, "15:10"));
        qc(ERP_CLIENT, "RT2000402", "FL2000402", "SCARF-RED", "AJ-SCARF-RED", 2, QcResult.MISSING, at(1, "12:00"));
        qc(RMS_CLIENT, "RT3000401", "FL3000401", "KURTA-BLUE-M", "AJ-KURTA-BLUE-M", 1, QcResult.FAIL,
                at(2, "13:00"));
    }

    private void qc(String clientId, String returnId, String orderId, String sku, String channelSku, int quantity,
                    QcResult qc, Instant at) {
        new ReturnRepository(jdbi).addQcExceptions(List.of(new QcException(clientId, returnId, orderId, sku,
                channelSku, quantity, qc, at)));
        add("qc-exceptions", clientId, returnId, orderId, sku, channelSku, qc.name(), String.valueOf(quantity),
                iso(at));
    }

    private void failedOrders() {
        // Failed for want of a mapping, which came half an hour later: resolved, nothing missing any more.
        Instant failed = at(6, "10:00");
        Instant fulfillable = at(6, "10:30");
        order(ERP_CLIENT, "FL2000501", 1, OrderStatus.FAILED, failed, "AJ-SOCKS-FREE");
        order(ERP_CLIENT, "FL2000501", 2, OrderStatus.FULFILLABLE, fulfillable);
        add("failed-orders", ERP_CLIENT, "FL2000501", iso(failed), "", "FULFILLABLE", iso(fulfillable));
        Instant stillFailed = at(2, "18:20");
        order(ERP_CLIENT, "FL2000502", 1, OrderStatus.FAILED, stillFailed, "AJ-CAP-RED", "AJ-SOCKS-FREE");
        add("failed-orders", ERP_CLIENT, "FL2000502", iso(stillFailed), "AJ-CAP-RED;AJ-SOCKS-FREE", "FAILED", "");
        Instant otherFailed = at(3, "07:40");
        order(RMS_CLIENT, "FL3000501", 1, OrderStatus.FAILED, otherFailed, "AJ-BELT-TAN");
        add("failed-orders", RMS_CLIENT, "FL3000501", iso(otherFailed), "AJ-BELT-TAN", "FAILED", "");
    }

    /** A reconciliation of demo-rms's Ajio channel: each kind of difference once, and one from before the week. */
    private void inventoryDifferences() {
        difference("ajio-rec-1", "AJ-SHAWL-OLD", "SHAWL-OLD", 4, 0, "DIFFERENT", true,
                from.atStartOfDay(INDIA).toInstant().minusSeconds(60));
        Instant found = at(3, "02:00");
        // Ordered by channel SKU within the reconciliation.
        difference("ajio-rec-2", "AJ-KURTA-BLUE-M", "KURTA-BLUE-M", 7, 5, "DIFFERENT", true, found);
        difference("ajio-rec-2", "AJ-NOBODY", null, 3, null, "UNMAPPED", false, found);
        difference("ajio-rec-2", "AJ-SCARF-RED", "SCARF-RED", null, 2, "MISSING_AT_CHANNEL", true, found);
    }

    private void difference(String reconciliationId, String channelSku, String clientSku, Integer shown,
                            Integer expected, String kind, boolean pushed, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into inventory_differences (client_id, channel_id, reconciliation_id, channel_sku,
                            client_sku, shown, expected, kind, pushed, found_at)
                        values (:client, 'ajio', :rec, :channelSku, :clientSku, :shown, :expected, :kind, :pushed, :at)
                        """)
                .bind("client", RMS_CLIENT).bind("rec", reconciliationId).bind("channelSku", channelSku)
                .bind("clientSku", clientSku).bind("shown", shown).bind("expected", expected).bind("kind", kind)
                .bind("pushed", pushed).bind("at", at).execute());
        if (!at.isBefore(from.atStartOfDay(INDIA).toInstant())) {
            add("inventory-differences", RMS_CLIENT, RMS_CLIENT, "ajio", reconciliationId, channelSku,
                    text(clientSku), shown == null ? "" : shown.toString(),
                    expected == null ? "" : expected.toString(), kind, String.valueOf(pushed), iso(at));
        }
    }

    /** An order demo-rms had open that Ajio cancelled on its panel: applied by the SOP rules, now CANCELLED. */
    private void statusMismatches() {
        Instant found = at(1, "06:15");
        order(RMS_CLIENT, "FL3000601", 1, OrderStatus.FULFILLABLE, at(2, "10:00"));
        order(RMS_CLIENT, "FL3000601", 2, OrderStatus.CANCELLED, found);
        mismatch("FL3000601", "FULFILLABLE", "every line cancelled: 1 (1 of 1)", found);
        add("status-mismatches", RMS_CLIENT, "FL3000601", "FULFILLABLE", "every line cancelled: 1 (1 of 1)",
                iso(found), "panel:FL3000601", "CANCELLED", "false");
        // Found before the week: not in it.
        mismatch("FL3000600", "PROCESSING", "every line cancelled: 2 (2 of 2)",
                from.atStartOfDay(INDIA).toInstant().minusSeconds(60));
    }

    /** demo-rms's e-invoices to demo-cn: one of an order packed, one of an order VMS Flow does not know. */
    private void b2b2cInvoices() {
        Instant packed = at(0, "09:30");
        new OrderRepository(jdbi).record(new OrderRecord(RMS_CLIENT, "FL3000701", EInvoicingModel.RMS,
                OrderStatus.PACKED, WaitingFor.NONE, null, null, packed, List.of(), false, null, null, null,
                new StatusChange(1, OrderStatus.PACKED, packed, null), null, null, PARTNER_CLIENT));
        DocumentRepository documents = new DocumentRepository(jdbi);
        String irn = "b2c3d4e5f6a1".repeat(5) + "b2c3";
        Instant first = stored(documents, new StoredDocument(RMS_CLIENT, "FL3000701", DocumentKind.B2B2C_INVOICE,
                "DR2627000201", to, "RMS", irn, new BigDecimal("708"), "{}"));
        add("b2b2c-invoices", RMS_CLIENT, iso(first), "FL3000701", PARTNER_CLIENT, "DR2627000201", to.toString(),
                irn, "RMS", "708.00", "PACKED");
        Instant second = stored(documents, new StoredDocument(RMS_CLIENT, "FL3000702", DocumentKind.B2B2C_INVOICE,
                "ERP-B2B2C-702", to, "ERP", irn.replace('b', 'e'), new BigDecimal("1416.00"), "{}"));
        add("b2b2c-invoices", RMS_CLIENT, iso(second), "FL3000702", "", "ERP-B2B2C-702", to.toString(),
                irn.replace('b', 'e'), "ERP", "1416.00", "");
    }

    private void mismatch(String orderId, String ourStatus, String ajioView, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into status_mismatches (client_id, order_id, event_id, our_status, ajio_view, found_at)
                        values (:client, :order, :event, :ours, :ajio, :at)
                        """)
                .bind("client", RMS_CLIENT).bind("order", orderId).bind("event", "panel:" + orderId)
                .bind("ours", ourStatus).bind("ajio", ajioView).bind("at", at).execute());
    }

    private void order(String clientId, String orderId, int seq, OrderStatus status, Instant at,
                       String... missingChannelSkus) {
        new OrderRepository(jdbi).record(new OrderRecord(clientId, orderId,
                clientId.equals(ERP_CLIENT) ? EInvoicingModel.ERP : EInvoicingModel.RMS, status,
                status == OrderStatus.FAILED ? WaitingFor.SELLER : WaitingFor.WAREHOUSE, null, at, at,
                Arrays.asList(missingChannelSkus), false, null, new StatusChange(seq, status, at, null)));
    }

    /** An instant of the week: {@code time} in India, {@code daysBeforeTo} days before its last day. */
    private Instant at(int daysBeforeTo, String time) {
        return to.minusDays(daysBeforeTo).atTime(LocalTime.parse(time)).atZone(INDIA).toInstant();
    }

    private void add(String report, String clientId, String... cells) {
        records.computeIfAbsent(report + "/" + clientId, key -> new ArrayList<>()).add(List.of(cells));
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
