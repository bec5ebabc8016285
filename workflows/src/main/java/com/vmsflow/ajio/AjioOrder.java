package com.vmsflow.ajio;

import java.time.Instant;
import java.util.List;

/**
 * A B2C order as Ajio holds it. {@code createdAt} is Ajio's order time: the acknowledgement hold counts from it,
 * so that a late fetch never lengthens the customer's cancellation window. {@code parentOrderId} is the customer's
 * order that Ajio split into this one (null when Ajio gives none): support searches orders by it.
 */
public record AjioOrder(String orderId, Instant createdAt, boolean acknowledged, List<AjioOrderLine> lines,
                        String parentOrderId) {

    public AjioOrder {
        lines = List.copyOf(lines);
    }

    public AjioOrder(String orderId, Instant createdAt, boolean acknowledged, List<AjioOrderLine> lines) {
        this(orderId, createdAt, acknowledged, lines, null);
    }

    public AjioOrderLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId + " on order " + orderId));
    }
}
