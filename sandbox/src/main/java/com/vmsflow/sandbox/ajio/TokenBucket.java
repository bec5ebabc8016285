package com.vmsflow.sandbox.ajio;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} calls a second on average and bursts of at most that many. The monitor is
 * held only to refill and take a token, never while waiting.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public TokenBucket(int ratePerSecond, LongSupplier nanoTime) {
        this.ratePerSecond = ratePerSecond;
        this.nanoTime = nanoTime;
        this.tokens = ratePerSecond;
        this.refilledAt = nanoTime.getAsLong();
    }

    public synchronized boolean tryTake() {
        refill();
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Whole seconds until a token is there, at least 1: what a refused caller is told to wait (Retry-After). */
    public synchronized int secondsUntilToken() {
        refill();
        long nanos = (long) Math.ceil(Math.max(0, 1 - tokens) * NANOS_PER_SECOND / ratePerSecond);
        return (int) Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(ratePerSecond, tokens + (now - refilledAt) * ratePerSecond / NANOS_PER_SECOND);
        refilledAt = now;
    }
}
