package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/** {@code count} orders with the same lines ({@code POST /sandbox/ajio/{sellerId}/orders/bulk}). */
public record BulkOrders(int count, List<NewOrderLine> lines, Instant createdAt) {

    public static final int MAX_COUNT = 100_000;
}
