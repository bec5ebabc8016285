package com.vmsflow.sandbox.erp;

/**
 * A document the ERP made (an e-invoice or a credit note) and its delivery to the gateway, which may take
 * several attempts; the attempts are counted under the document's monitor.
 */
final class ErpDocument {

    enum Kind {
        INVOICE("invoiceCallback"),
        CREDIT_NOTE("creditNoteCallback");

        /** The operation name of the delivery calls in the calls record. */
        final String operation;

        Kind(String operation) {
            this.operation = operation;
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
