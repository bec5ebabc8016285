package com.vmsflow.gateway.gst;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.json.Json;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An ERP posts a GST document (a B2B or B2B2C invoice for an order, a credit note for a return): what the gateway
 * makes of it for the workflow, once the checks that need more than its shape pass (BRIEF, "Domain facts"; each
 * failure named in the 422's details), and the document it keeps once the workflow has taken it.
 */
public record ErpGstDocuments(ClientRepository clients, DocumentRepository documents, QrIssuers qrIssuers) {

    static final String ISSUER = "ERP";

    /**
     * Hands the document of an order or a return ({@code owner}, e.g. "order", and {@code ownerId}) to its workflow:
     * read as an e-invoice of the client's GSTIN (404 when there is no client), given to {@code take} (the update,
     * which answers its outcome or throws the workflow's refusal), then kept. Answers the update's outcome.
     */
    public <R> R submit(String clientId, String owner, String ownerId, GstDocumentBody body,
                        Function<EInvoice, R> take) {
        return submit(clientId, owner, ownerId, body, body.kind(), take);
    }

    /**
     * The same for a body that serves two documents, kept as {@code kind}: the brand's B2B2C e-invoice to its partner
     * has the body of a B2B invoice.
     */
    public <R> R submit(String clientId, String owner, String ownerId, GstDocumentBody body, DocumentKind kind,
                        Function<EInvoice, R> take) {
        String supplierGstin = clients.find(clientId)
                .orElseThrow(() -> ApiException.notFound(owner + " " + ownerId + " not found"))
                .profile().supplierGstin();
        EInvoice document = toEInvoice(body, supplierGstin, qrIssuers);
        R outcome = take.apply(document);
        keep(clientId, ownerId, body, kind, document);
        return outcome;
    }

    /**
     * The e-invoice the body describes: lines by client SKU (no Ajio line id), amounts as written, for the workflow
     * to match against its own lines; the same document sent as {@code 999.0} or {@code "999.00"} is the same by
     * {@link EInvoice#sameDocumentAs}.
     */
    public static EInvoice toEInvoice(GstDocumentBody body, String supplierGstin, QrIssuers qrIssuers) {
        Map<String, String> problems = new TreeMap<>();
        body.checkAttachments(problems);
        body.check().check(body.number(), body.date(), body.irn(), body.signedQrCode(), supplierGstin, qrIssuers,
                problems);
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
        List<EInvoiceLine> lines = body.lines().stream()
                .map(l -> new EInvoiceLine(null, l.sku(), null, l.quantity(), l.taxableValue(), l.gstRate()))
                .toList();
        return new EInvoice(body.check().type(), body.number(), body.date(), body.irn(), body.signedQrCode(),
                GstTotals.invoiceValue(lines), lines, ISSUER);
    }

    /**
     * Keeps the document by what it is for (the order, the return) with its signed QR and attachments. Only once
     * the workflow has taken it, so a refused document leaves none behind.
     */
    private void keep(String clientId, String ownerId, GstDocumentBody body, DocumentKind kind, EInvoice document) {
        Map<String, String> content = new TreeMap<>(body.attachments());
        content.put("signedQrCode", document.signedQrCode());
        try {
            documents.save(new StoredDocument(clientId, ownerId, kind, document.documentNumber(),
                    document.documentDate(), ISSUER, document.irn(), document.totalValue(),
                    Json.mapper().writeValueAsString(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
