package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/**
 * An event of the cancellation feed.
 *
 * @param full  true when the order is now cancelled as a whole
 * @param lines the quantities this event cancelled
 */
public record CancellationEvent(String eventId, String orderId, CancellationSource source, boolean full,
                                List<LineQuantity> lines, String reason, Instant at) {

    public CancellationEvent {
        lines = List.copyOf(lines);
    }
}
