package com.vmsflow.ajio;

import com.vmsflow.order.cancellation.CancellationSource;
import java.time.Instant;
import java.util.List;

/**
 * An event of Ajio's cancellation feed: a customer or Ajio's business team cancelled an order, fully or in part.
 * {@code eventId} is unique per client; the order workflow drops an event it has seen.
 *
 * @param full true when the whole order is cancelled; then {@code lines} may be empty
 */
public record AjioCancellation(String eventId, String orderId, CancellationSource source, boolean full,
                               List<LineQuantity> lines, String reason, Instant at) {

    public AjioCancellation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
