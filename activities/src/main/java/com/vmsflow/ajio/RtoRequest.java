package com.vmsflow.ajio;

/** Ajio's receipt for an RTO generation request; the expectation appears on the returns feed later. */
public record RtoRequest(String requestId, String orderId) {
}
