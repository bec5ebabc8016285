package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** The answer of {@code GET /v1/cancellations}. */
public record CancellationFeed(List<CancellationEvent> events, String next) {
}
