package com.vmsflow.sandbox.erp;

/**
 * A document the ERP made (an e-invoice or a credit note) and its delivery to the gateway, which may take
 * several attempts; the attempts are counted under the document's monitor.
 */
final class ErpDocument {

    enum Kind {
        /** The ERP's e-invoice to Ajio for an {@code OUTWARD_ORDER_CREATE}. */
        INVOICE("invoiceCallback", "orders", "b2b-invoice"),
        /** The brand's e-invoice to its partner for a {@code B2B2C_PACK_CONFIRMATION}. */
        B2B2C_INVOICE("b2b2cInvoiceCallback", "orders", "b2b2c-invoice"),
        CREDIT_NOTE("creditNoteCallback", "returns", "credit-note");

        /** The operation name of the delivery calls in the calls record. */
        final String operation;
        private final String collection;
        private final String document;

        Kind(String operation, String collection, String document) {
            this.operation = operation;
            this.collection = collection;
            this.document = document;
        }

        /** Where the gateway takes this kind of document of the order or return, under its base URL. */
        String path(String clientId, String reference) {
            return "/v1/clients/" + clientId + "/" + collection + "/" + reference + "/" + document;
        }
    }

    final Kind kind;
    final String reference;
    final String number;
    final String irn;
    /** The gateway path under its base URL. */
    final String path;
    /** The JSON body sent to the gateway. */
    final Object body;
    private int attempts;
    private int lastStatus;
    private Delivery delivery = Delivery.PENDING;

    ErpDocument(Kind kind, String reference, String number, String irn, String path, Object body) {
        this.kind = kind;
        this.reference = reference;
        this.number = number;
        this.irn = irn;
        this.path = path;
        this.body = body;
    }

    /** Notes an attempt's answer (0: none); answers the attempt's number. */
    synchronized int attempted(int status, Delivery outcome) {
        attempts++;
        lastStatus = status;
        delivery = outcome;
        return attempts;
    }

    synchronized ErpDocumentView view() {
        return new ErpDocumentView(kind.name(), reference, number, irn, delivery, attempts, lastStatus);
    }
}
