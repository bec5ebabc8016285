package com.vmsflow.sandbox.ajio.order;

/** Ajio's answer to a B2B invoice upload. */
public record InvoiceReceipt(String invoiceId) {
}
