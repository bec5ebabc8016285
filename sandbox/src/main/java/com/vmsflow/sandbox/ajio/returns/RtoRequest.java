package com.vmsflow.sandbox.ajio.returns;

import java.util.List;

/** The body of {@code POST /v1/rto-requests}: an RTO arrived with no expectation; no items means the whole order. */
public record RtoRequest(String orderId, List<RtoItem> items) {
}
