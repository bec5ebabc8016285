package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/** An Ajio order as the order calls answer it (docs/outside-systems.md, "Order"). */
public record OrderView(String orderId, Instant createdAt, OrderStatus status, boolean acknowledged,
                        List<OrderLineView> lines, String parentOrderId, Instant dispatchAfter,
                        String replacementOf, boolean originalReturnPickedUp) {

    public OrderView {
        lines = List.copyOf(lines);
    }
}
