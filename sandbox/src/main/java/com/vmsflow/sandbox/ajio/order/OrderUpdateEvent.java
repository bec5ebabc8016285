package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;

/**
 * An event of Ajio's order-updates feed: the dispatch-after time moved ({@code DISPATCH_AFTER_CHANGED}, the new time
 * or null), or the original of a replacement was picked up ({@code RETURN_PICKED_UP}).
 */
public record OrderUpdateEvent(String eventId, String orderId, String type, Instant dispatchAfter, Instant at) {
}
