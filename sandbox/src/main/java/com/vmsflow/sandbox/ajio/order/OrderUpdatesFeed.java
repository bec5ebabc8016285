package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** The answer of {@code GET /v1/order-updates}. */
public record OrderUpdatesFeed(List<OrderUpdateEvent> events, String next) {
}
