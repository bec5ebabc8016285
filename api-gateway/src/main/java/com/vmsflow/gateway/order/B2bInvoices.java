package com.vmsflow.gateway.order;

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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway makes of an ERP invoice: the e-invoice for the workflow, once the checks that need more than its
 * shape pass (BRIEF, "Domain facts": the IRN is the one of the client's GSTIN, the financial year, INV and the
 * invoice number; the signed QR names that IRN, that number and that GSTIN; the PDF is a PDF; each failure is named
 * in the 422's details), and the document kept with the order.
 */
final class B2bInvoices {

    private static final String ISSUER = "ERP";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final GstDocumentCheck INVOICE = new GstDocumentCheck(DocumentType.INV, "invoice");

    private B2bInvoices() {
    }

    /** The e-invoice the body describes, for the workflow's validator to match against the order's lines by SKU. */
    static EInvoice toEInvoice(B2bInvoiceBody body, String supplierGstin, QrIssuers qrIssuers) {
        Map<String, String> problems = new TreeMap<>();
        checkDocument(body, problems);
        INVOICE.check(body.invoiceNumber(), body.invoiceDate(), body.irn(), body.signedQrCode(), supplierGstin,
                qrIssuers, problems);
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
        List<EInvoiceLine> lines = body.lines().stream()
                .map(l -> new EInvoiceLine(null, l.sku(), null, l.quantity(), l.taxableValue(), l.gstRate()))
                .toList();
        return new EInvoice(DocumentType.INV, body.invoiceNumber(), body.invoiceDate(), body.irn(),
                body.signedQrCode(), GstTotals.invoiceValue(lines), lines, ISSUER);
    }

    /** The invoice as the documents table keeps it, with the PDF or URL that the workflow never sees. */
    static StoredDocument document(String clientId, String orderId, B2bInvoiceBody body, EInvoice invoice) {
        Map<String, String> content = new TreeMap<>();
        content.put("signedQrCode", body.signedQrCode());
        if (body.invoicePdf() != null) {
            content.put("invoicePdf", body.invoicePdf());
        }
        if (body.invoiceUrl() != null) {
            content.put("invoiceUrl", body.invoiceUrl());
        }
        try {
            return new StoredDocument(clientId, orderId, DocumentKind.B2B_INVOICE, invoice.documentNumber(),
                    invoice.documentDate(), ISSUER, invoice.irn(), invoice.totalValue(),
                    Json.mapper().writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static void checkDocument(B2bInvoiceBody body, Map<String, String> problems) {
        if (body.invoicePdf() != null && body.invoiceUrl() != null) {
            problems.put("invoiceUrl", "give invoicePdf or invoiceUrl, not both");
        }
        if (body.invoicePdf() != null) {
            try {
                byte[] pdf = Base64.getDecoder().decode(body.invoicePdf());
                if (pdf.length < PDF_MAGIC.length
                        || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
                    problems.put("invoicePdf", "is not a PDF");
                }
            } catch (IllegalArgumentException e) {
                problems.put("invoicePdf", "must be base64");
            }
        }
    }
}
