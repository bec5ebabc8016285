package com.vmsflow.ajio;

import java.time.Instant;
import java.util.List;

/**
 * A B2C order as Ajio holds it. {@code createdAt} is Ajio's order time: the acknowledgement hold counts from it,
 * so that a late fetch never lengthens the customer's cancellation window.
 *
 * @param parentOrderId    the customer's order that Ajio split into this one (null when Ajio gives none): support
 *                         searches orders by it
 * @param dispatchAfter    Ajio's dispatch-after (start-processing) time, or null: the order is not released for
 *                         picking before it (ONHOLD, seed 004); Ajio may move it (its order-updates feed)
 * @param replacementOf    the order this one replaces, or null: it is not released before Ajio says the original's
 *                         return was picked up
 * @param originalReturnPickedUp for a replacement, whether Ajio already took the original's return pickup
 */
public record AjioOrder(String orderId, Instant createdAt, boolean acknowledged, List<AjioOrderLine> lines,
                        String parentOrderId, Instant dispatchAfter, String replacementOf,
                        boolean originalReturnPickedUp) {

    public AjioOrder {
        lines = List.copyOf(lines);
    }

    /** An order with no parent and no word on when it may be processed: released as soon as it is allocated. */
    public AjioOrder(String orderId, Instant createdAt, boolean acknowledged, List<AjioOrderLine> lines) {
        this(orderId, createdAt, acknowledged, lines, null, null, null, false);
    }

    public AjioOrderLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId + " on order " + orderId));
    }
}
