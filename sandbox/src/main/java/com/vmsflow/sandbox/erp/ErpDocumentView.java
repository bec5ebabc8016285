package com.vmsflow.sandbox.erp;

/**
 * A document the ERP made and how its delivery went.
 *
 * @param kind       {@code INVOICE}, {@code B2B2C_INVOICE} or {@code CREDIT_NOTE}
 * @param reference  the order id of an invoice, the return id of a credit note
 * @param lastStatus the gateway's last answer; 0 when none yet or the call failed without one
 */
public record ErpDocumentView(String kind, String reference, String number, String irn, Delivery delivery,
                              int attempts, int lastStatus) {
}
