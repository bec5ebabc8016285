package com.vmsflow.sandbox.erp;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.Money;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** How the ERP makes its e-invoices and credit notes: the GST way, through the sandbox's issuer. */
final class ErpDocuments {

    private final EInvoiceIssuer issuer;
    private final Clock clock;

    ErpDocuments(EInvoiceIssuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Refuses a payload the ERP could not invoice, before the posting counts as received. */
    static void check(OrderPayload payload) {
        checkLines(payload == null ? null : payload.lines(), "an OUTWARD_ORDER_CREATE payload needs lines", "line");
    }

    static void check(ReturnPayload payload) {
        checkLines(payload == null ? null : payload.items(), "a RETURN_ORDER_CREATE payload needs items", "item");
    }

    /** A pack confirmation names its buyer, the partner, as well as the lines to invoice it. */
    static void check(B2b2cPackPayload payload) {
        checkLines(payload == null ? null : payload.lines(), "a B2B2C_PACK_CONFIRMATION payload needs lines", "line");
        if (payload.partnerGstin() == null || payload.partnerGstin().isBlank()) {
            throw ApiException.invalid("a B2B2C_PACK_CONFIRMATION payload names the partner's GSTIN, the buyer of"
                    + " its e-invoice");
        }
    }

    private static void checkLines(List<? extends PayloadLine> lines, String none, String noun) {
        if (lines == null || lines.isEmpty()) {
            throw ApiException.invalid(none);
        }
        for (PayloadLine line : lines) {
            if (line.sku() == null || line.quantity() < 0 || line.taxableValue() == null || line.gstRate() == null) {
                throw ApiException.invalid("every payload " + noun + " needs a sku, a quantity, a taxableValue and a"
                        + " gstRate");
            }
        }
    }

    /**
     * The e-invoice of the lines' quantities (lines of quantity 0 left out) to {@code buyerGstin}, or null when there
     * are none: an {@code INVOICE} to Ajio or a {@code B2B2C_INVOICE} to the partner, numbered in the client's one
     * invoice series (both are its invoices under its GSTIN), sent as the gateway's b2b-invoice body.
     */
    ErpDocument invoice(ErpDocument.Kind kind, ErpClient client, String orderId, String buyerGstin,
                        List<? extends PayloadLine> lines) {
        Issued issued = issue(client, buyerGstin, DocumentType.INV, client::nextInvoiceNumber, lines);
        return issued == null ? null : new ErpDocument(kind, orderId, issued.number(), issued.irn(),
                kind.path(client.settings.clientId, orderId), new GatewayInvoice(issued.number(), issued.date(),
                issued.irn(), issued.signedQrCode(), issued.lines()));
    }

    /** The credit note of the payload's items (quantity 0 left out), or null when there are none. */
    ErpDocument creditNote(ErpClient client, String returnId, ReturnPayload payload, String buyerGstin) {
        Issued issued = issue(client, buyerGstin, DocumentType.CRN, client::nextCreditNoteNumber, payload.items());
        ErpDocument.Kind kind = ErpDocument.Kind.CREDIT_NOTE;
        return issued == null ? null : new ErpDocument(kind, returnId, issued.number(), issued.irn(),
                kind.path(client.settings.clientId, returnId), new GatewayCreditNote(issued.number(), issued.date(),
                issued.irn(), issued.signedQrCode(), issued.lines()));
    }

    /** A GST document the issuer made, with its lines as the gateway takes them. */
    private record Issued(String number, LocalDate date, String irn, String signedQrCode, List<GatewayLine> lines) {
    }

    /** Issues the document of the lines' quantities (lines of quantity 0 left out); null when there are none. */
    private Issued issue(ErpClient client, String buyerGstin, DocumentType type,
                         Function<LocalDate, String> nextNumber, List<? extends PayloadLine> payload) {
        List<? extends PayloadLine> lines = payload.stream().filter(l -> l.quantity() > 0).toList();
        if (lines.isEmpty()) {
            return null;
        }
        LocalDate date = today();
        String number = nextNumber.apply(date);
        IssuedDocument issued = issuer.issue(new DocumentDraft(client.settings.supplierGstin, buyerGstin, type,
                number, date, lines.stream().map(l -> new DraftLine(l.hsnCode(), l.taxableValue(), l.gstRate()))
                .toList(), null));
        return new Issued(number, date, issued.irn(), issued.signedQrCode(), lines.stream()
                .map(l -> new GatewayLine(l.sku(), l.quantity(), Money.of(l.taxableValue()), l.gstRate()))
                .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EInvoiceIssuer.IST));
    }
}
