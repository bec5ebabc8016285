package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;

/** {@code PUT /sandbox/ajio/{sellerId}/orders/{orderId}/dispatch-after}: Ajio moves the time; null clears it. */
public record DispatchAfterChange(Instant dispatchAfter) {
}
