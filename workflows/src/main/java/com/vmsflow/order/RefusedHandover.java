package com.vmsflow.order;

import java.time.Instant;

/**
 * A handover the order refused: it was not PACKED when the handover workflow said it was on a manifest (the
 * gateway checks the read model first, which may lag, or be bypassed). Kept in the order's state for support; the
 * order goes on waiting for what it waited for.
 */
public record RefusedHandover(HandedOver handover, OrderStatus status, Instant at) {

    public String reason() {
        return "the order was " + status + ": a handover takes PACKED orders only";
    }
}
