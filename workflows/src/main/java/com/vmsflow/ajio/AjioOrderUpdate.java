package com.vmsflow.ajio;

import java.time.Instant;

/**
 * An event of Ajio's order-updates feed that bears on an order's hold (seed 004, ONHOLD): its dispatch-after time
 * moved, or the original of a replacement was picked up. {@code eventId} is unique per client.
 *
 * @param dispatchAfter the new dispatch-after time ({@link Type#DISPATCH_AFTER_CHANGED}); null clears it
 */
public record AjioOrderUpdate(String eventId, String orderId, Type type, Instant dispatchAfter, Instant at) {

    public enum Type {
        DISPATCH_AFTER_CHANGED,
        RETURN_PICKED_UP
    }
}
