package com.vmsflow.ajio;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.http.Refusal;
import com.vmsflow.json.Json;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.StoredDocument;
import io.temporal.failure.ApplicationFailure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The workflows' calls to Ajio, over {@link AjioClient}; documents Ajio makes are kept in PostgreSQL. */
public record AjioActivitiesImpl(AjioClient ajio, DocumentRepository documents) implements AjioActivities {

    @Override
    public AjioOrder readOrder(String clientId, String orderId) {
        return ajio.getOrder(clientId, orderId);
    }

    /**
     * A customer's cancellation between our read and our acknowledgement makes Ajio refuse it: the workflow reads
     * again. An acknowledgement Ajio already has (our earlier attempt went through, its answer was lost) is ours
     * when Ajio's figures are what we asked for.
     */
    @Override
    public AjioOrder acknowledge(String clientId, String orderId, List<LineQuantity> lines, String idempotencyKey) {
        try {
            return ajio.acknowledge(clientId, orderId, lines, idempotencyKey);
        } catch (Refusal refusal) {
            if (AjioClient.QUANTITY_CHANGED.equals(refusal.errorCode())
                    || AjioClient.ORDER_CANCELLED.equals(refusal.errorCode())) {
                throw ApplicationFailure.newNonRetryableFailure(refusal.getMessage(), QUANTITY_CHANGED);
            }
            if (AjioClient.ALREADY_ACKNOWLEDGED.equals(refusal.errorCode())) {
                AjioOrder atAjio = ajio.getOrder(clientId, orderId);
                if (acknowledgedAsAsked(atAjio, lines)) {
                    return atAjio;
                }
            }
            throw refusal.toFailure();
        }
    }

    private static boolean acknowledgedAsAsked(AjioOrder order, List<LineQuantity> asked) {
        return order.acknowledged() && asked.stream().allMatch(q -> order.line(q.lineId()).openQuantity()
                <= q.quantity());
    }

    @Override
    public B2bOrder fetchB2bOrder(String clientId, String orderId) {
        return ajio.b2bOrder(clientId, orderId);
    }

    @Override
    public AjioOrder cancelQuantities(String clientId, String orderId, List<LineQuantity> lines, String reason,
                                      String idempotencyKey) {
        return ajio.cancel(clientId, orderId, lines, reason, idempotencyKey);
    }

    @Override
    public void uploadB2bInvoice(String clientId, String orderId, EInvoice invoice, String idempotencyKey) {
        ajio.uploadB2bInvoice(clientId, orderId, invoice, idempotencyKey);
    }

    @Override
    public ShippingDocuments fetchShippingDocuments(String clientId, String orderId) {
        // Two documents, two calls: the invoice, once kept, is not fetched again when the label failed, so that
        // a retry needs only what is still missing (each attempt would otherwise need both calls to succeed).
        String invoiceNumber = documents.forReference(clientId, orderId).stream()
                .filter(document -> document.kind() == DocumentKind.B2C_INVOICE).map(StoredDocument::number).findFirst()
                .orElseGet(() -> fetchB2cInvoice(clientId, orderId));
        ShippingLabel label = ajio.shippingLabel(clientId, orderId);
        documents.save(new StoredDocument(clientId, orderId, DocumentKind.SHIPPING_LABEL, label.awbNumber(), null,
                "AJIO", null, null,
                json(Map.of("courier", label.courier(), "labelPdfBase64", label.labelPdfBase64()))));
        return new ShippingDocuments(invoiceNumber, label.awbNumber(), label.courier());
    }

    private String fetchB2cInvoice(String clientId, String orderId) {
        B2cInvoice invoice = ajio.b2cInvoice(clientId, orderId);
        documents.save(new StoredDocument(clientId, orderId, DocumentKind.B2C_INVOICE, invoice.invoiceNumber(),
                invoice.invoiceDate(), "AJIO", null, invoice.amount(),
                json(Map.of("pdfBase64", invoice.pdfBase64()))));
        return invoice.invoiceNumber();
    }

    @Override
    public Manifest createManifest(String clientId, String handoverId, String courier, List<String> shipmentIds,
                                   String idempotencyKey) {
        Manifest manifest = ajio.createManifest(clientId, courier, shipmentIds, idempotencyKey);
        documents.save(new StoredDocument(clientId, handoverId, DocumentKind.MANIFEST, manifest.manifestId(),
                LocalDate.now(), "AJIO", null, null,
                json(Map.of("courier", courier, "shipmentIds", manifest.shipmentIds()))));
        return manifest;
    }

    @Override
    public void updateQc(String clientId, String returnId, List<QcItem> items, String idempotencyKey) {
        ajio.updateQc(clientId, returnId, items, idempotencyKey);
    }

    @Override
    public void uploadCreditNote(String clientId, String returnId, EInvoice creditNote, String idempotencyKey) {
        ajio.uploadCreditNote(clientId, returnId, creditNote, idempotencyKey);
    }

    @Override
    public void requestRto(String clientId, String orderId, List<RtoItem> items, String idempotencyKey) {
        ajio.requestRto(clientId, orderId, items, idempotencyKey);
    }

    @Override
    public void acceptRsiDocument(String clientId, String documentId, String idempotencyKey) {
        ajio.acceptRsiDocument(clientId, documentId, idempotencyKey);
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("document content always serializes", e);
        }
    }
}
