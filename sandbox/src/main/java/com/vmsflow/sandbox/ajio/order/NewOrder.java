package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/**
 * An order to create ({@code POST /sandbox/ajio/{sellerId}/orders}).
 *
 * @param orderId   none: the next {@code FL} number
 * @param createdAt none: now; tests backdate orders to start inside or after the acknowledgement hold
 * @param parentOrderId the customer's order Ajio split this one from; none: it has none
 * @param dispatchAfter none: may be processed at once; else not before it (the seller holds it ONHOLD)
 * @param replacementOf none: an ordinary order; else the order it replaces, not processed before the original's
 *                      return is picked up ({@code POST .../return-picked-up})
 */
public record NewOrder(String orderId, Instant createdAt, List<NewOrderLine> lines, String parentOrderId,
                       Instant dispatchAfter, String replacementOf) {

    public NewOrder(String orderId, Instant createdAt, List<NewOrderLine> lines) {
        this(orderId, createdAt, lines, null, null, null);
    }

    public static NewOrder of(List<NewOrderLine> lines) {
        return new NewOrder(null, null, lines);
    }
}
