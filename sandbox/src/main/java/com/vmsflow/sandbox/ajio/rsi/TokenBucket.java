package com.vmsflow.sandbox.ajio.rsi;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} calls a second on average and bursts of at most that many. The monitor is
 * held only to refill and take a token, never while waiting.
 */
final class TokenBucket {

    private final double ratePerSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(int ratePerSecond, LongSupplier nanoTime) {
        this.ratePerSecond = ratePerSecond;
        this.nanoTime = nanoTime;
        this.tokens = ratePerSecond;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(ratePerSecond, tokens + (now - refilledAt) * ratePerSecond / 1e9);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
