package com.vmsflow.ajio;

import static com.vmsflow.http.JsonHttp.decimal;

import com.vmsflow.einvoice.EInvoice;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies Ajio's API takes and the small answers it gives, where they differ from our records. */
final class AjioBodies {

    private AjioBodies() {
    }

    record Lines(List<LineQuantity> lines) {
    }

    record Cancellation(List<LineQuantity> lines, String reason) {
    }

    record ManifestRequest(String courier, List<String> shipmentIds) {
    }

    record RtoRequestBody(String orderId, List<RtoItem> items) {
    }

    record QcUpdate(List<QcItem> items) {
    }

    /** An inventory push: the quantity only, Ajio stamps the time. */
    record InventoryItem(String sku, int quantity) {
    }

    record InventoryItems(List<InventoryItem> items) {
    }

    record PushReceipt(int accepted) {
    }

    record B2bInvoice(String invoiceNumber, LocalDate invoiceDate, String irn, String signedQrCode,
                      List<B2bInvoiceLine> lines, String totalValue) {

        static B2bInvoice of(EInvoice invoice) {
            return new B2bInvoice(invoice.documentNumber(), invoice.documentDate(), invoice.irn(),
                    invoice.signedQrCode(),
                    invoice.lines().stream().map(line -> new B2bInvoiceLine(line.lineId(), line.quantity(),
                            decimal(line.taxableValue()), decimal(line.gstRate()))).toList(),
                    decimal(invoice.totalValue()));
        }
    }

    record B2bInvoiceLine(String lineId, int quantity, String taxableValue, String gstRate) {
    }

    record CreditNote(String creditNoteNumber, LocalDate creditNoteDate, String irn, String signedQrCode,
                      List<CreditNoteLine> lines, String totalValue) {

        static CreditNote of(EInvoice creditNote) {
            return new CreditNote(creditNote.documentNumber(), creditNote.documentDate(), creditNote.irn(),
                    creditNote.signedQrCode(),
                    creditNote.lines().stream().map(line -> new CreditNoteLine(line.sku(), line.quantity(),
                            decimal(line.taxableValue()), decimal(line.gstRate()))).toList(),
                    decimal(creditNote.totalValue()));
        }
    }

    record CreditNoteLine(String channelSku, int quantity, String taxableValue, String gstRate) {
    }

    record InvoiceUploaded(String invoiceId) {
    }

    record CreditNoteUploaded(String creditNoteId) {
    }
}
