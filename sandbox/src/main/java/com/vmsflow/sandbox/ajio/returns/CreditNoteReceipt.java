package com.vmsflow.sandbox.ajio.returns;

/** Ajio's answer to a credit note upload. */
public record CreditNoteReceipt(String creditNoteId) {
}
