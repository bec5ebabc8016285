package com.vmsflow.sandbox.ajio.returns;

/** Ajio's answer to an RTO request; the expectation follows on the returns feed. */
public record RtoReceipt(String requestId, String orderId) {
}
