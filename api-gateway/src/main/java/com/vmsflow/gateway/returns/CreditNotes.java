package com.vmsflow.gateway.returns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.validation.GstDocumentCheck;
import com.vmsflow.json.Json;
import com.vmsflow.store.StoredDocument;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway makes of an ERP credit note: the credit note for the return's workflow, once its IRN and signed
 * QR are the ones of a CRN of the client's GSTIN with this number and date (BRIEF, "Domain facts"); and the document
 * kept with the return.
 */
final class CreditNotes {

    static final String ISSUER = "ERP";
    private static final GstDocumentCheck CHECK = new GstDocumentCheck(DocumentType.CRN, "credit note");

    private CreditNotes() {
    }

    /**
     * The credit note the body describes: lines by client SKU (no Ajio line id), amounts as written; the same note
     * sent as {@code 999.0} or {@code "999.00"} is the same note by {@link EInvoice#sameDocumentAs}.
     */
    static EInvoice toEInvoice(CreditNoteBody body, String supplierGstin, QrIssuers qrIssuers) {
        Map<String, String> problems = new TreeMap<>();
        CHECK.check(body.creditNoteNumber(), body.creditNoteDate(), body.irn(), body.signedQrCode(), supplierGstin,
                qrIssuers, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
        List<EInvoiceLine> lines = body.lines().stream()
                .map(l -> new EInvoiceLine(null, l.sku(), null, l.quantity(), l.taxableValue(), l.gstRate()))
                .toList();
        return new EInvoice(DocumentType.CRN, body.creditNoteNumber(), body.creditNoteDate(), body.irn(),
                body.signedQrCode(), GstTotals.invoiceValue(lines), lines, ISSUER);
    }

    /** The credit note in the documents table, by the return it credits, with its signed QR. */
    static StoredDocument document(String clientId, String returnId, EInvoice note) {
        try {
            return new StoredDocument(clientId, returnId, DocumentKind.CREDIT_NOTE, note.documentNumber(),
                    note.documentDate(), ISSUER, note.irn(), note.totalValue(),
                    Json.mapper().writeValueAsString(Map.of("signedQrCode", note.signedQrCode())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
