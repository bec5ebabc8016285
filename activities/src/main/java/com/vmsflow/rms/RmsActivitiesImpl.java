package com.vmsflow.rms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.json.Json;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import java.util.Map;

/** E-invoices and credit notes made by the RMS, kept for the {@code rms-documents} report. */
public record RmsActivitiesImpl(RmsClient rms, DocumentRepository documents) implements RmsActivities {

    @Override
    public EInvoice registerEInvoice(String clientId, String reference, EInvoiceRequest request) {
        return register(clientId, reference, DocumentKind.of(request.documentType()), request);
    }

    @Override
    public EInvoice registerB2b2cEInvoice(String clientId, String orderId, EInvoiceRequest request) {
        return register(clientId, orderId, DocumentKind.B2B2C_INVOICE, request);
    }

    private EInvoice register(String clientId, String reference, DocumentKind kind, EInvoiceRequest request) {
        EInvoice invoice = rms.register(request);
        documents.save(new StoredDocument(clientId, reference, kind, invoice.documentNumber(),
                invoice.documentDate(), RmsClient.ISSUER, invoice.irn(), invoice.totalValue(),
                content(request, invoice)));
        return invoice;
    }

    private static String content(EInvoiceRequest request, EInvoice invoice) {
        try {
            return Json.mapper().writeValueAsString(Map.of("buyerGstin", request.buyerGstin(),
                    "supplierGstin", request.supplierGstin(), "signedQrCode", invoice.signedQrCode(),
                    "lines", invoice.lines()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an e-invoice always serializes", e);
        }
    }
}
