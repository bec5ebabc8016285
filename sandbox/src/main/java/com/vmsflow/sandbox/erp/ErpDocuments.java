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
        if (payload == null || payload.lines() == null || payload.lines().isEmpty()) {
            throw ApiException.invalid("an OUTWARD_ORDER_CREATE payload needs lines");
        }
        for (OrderPayloadLine line : payload.lines()) {
            if (line.sku() == null || line.quantity() < 0 || line.taxableValue() == null || line.gstRate() == null) {
                throw ApiException.invalid("every payload line needs a sku, a quantity, a taxableValue and a gstRate");
            }
        }
    }

    static void check(ReturnPayload payload) {
        if (payload == null || payload.items() == null || payload.items().isEmpty()) {
            throw ApiException.invalid("a RETURN_ORDER_CREATE payload needs items");
        }
        for (ReturnPayloadItem item : payload.items()) {
            if (item.sku() == null || item.quantity() < 0 || item.taxableValue() == null || item.gstRate() == null) {
                throw ApiException.invalid("every payload item needs a sku, a quantity, a taxableValue and a gstRate");
            }
        }
    }

    /** The e-invoice of the payload's quantities (lines of quantity 0 left out), or null when there are none. */
    ErpDocument invoice(ErpClient client, String orderId, OrderPayload payload) {
        List<OrderPayloadLine> lines = payload.lines().stream().filter(l -> l.quantity() > 0).toList();
        if (lines.isEmpty()) {
            return null;
        }
        LocalDate date = today();
        String number = client.nextInvoiceNumber(date);
        IssuedDocument issued = issuer.issue(new DocumentDraft(client.settings.supplierGstin, payload.buyerGstin(),
                DocumentType.INV, number, date,
                lines.stream().map(l -> new DraftLine(l.hsnCode(), l.taxableValue(), l.gstRate())).toList(), null));
        GatewayInvoice body = new GatewayInvoice(number, date, issued.irn(), issued.signedQrCode(),
                lines.stream()
                        .map(l -> new GatewayLine(l.sku(), l.quantity(), Money.of(l.taxableValue()), l.gstRate()))
                        .toList());
        return new ErpDocument(ErpDocument.Kind.INVOICE, orderId, number, issued.irn(),
                "/v1/clients/" + client.settings.clientId + "/orders/" + orderId + "/b2b-invoice", body);
    }

    /** The credit note of the payload's items (quantity 0 left out), or null when there are none. */
    ErpDocument creditNote(ErpClient client, String returnId, ReturnPayload payload, String buyerGstin) {
        List<ReturnPayloadItem> items = payload.items().stream().filter(i -> i.quantity() > 0).toList();
        if (items.isEmpty()) {
            return null;
        }
        LocalDate date = today();
        String number = client.nextCreditNoteNumber(date);
        IssuedDocument issued = issuer.issue(new DocumentDraft(client.settings.supplierGstin, buyerGstin,
                DocumentType.CRN, number, date,
                items.stream().map(i -> new DraftLine(i.hsnCode(), i.taxableValue(), i.gstRate())).toList(), null));
        GatewayCreditNote body = new GatewayCreditNote(number, date, issued.irn(), issued.signedQrCode(),
                items.stream()
                        .map(i -> new GatewayLine(i.sku(), i.quantity(), Money.of(i.taxableValue()), i.gstRate()))
                        .toList());
        return new ErpDocument(ErpDocument.Kind.CREDIT_NOTE, returnId, number, issued.irn(),
                "/v1/clients/" + client.settings.clientId + "/returns/" + returnId + "/credit-note", body);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EInvoiceIssuer.IST));
    }
}
