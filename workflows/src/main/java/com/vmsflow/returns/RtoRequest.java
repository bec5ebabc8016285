package com.vmsflow.returns;

import java.time.Duration;

/**
 * An RTO the warehouse received with no return expectation: the order it belongs to, and how long to wait for
 * Ajio's expectation before asking again.
 */
public record RtoRequest(String clientId, String orderId, Duration askAgainAfter) {
}
