package com.vmsflow.inventory;

import io.temporal.activity.Activity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces one step's calls to a channel under its rate limit: none before the step's {@code notBefore}, then one
 * every {@code 1 / callsPerSecond}, and after a 429 none before its Retry-After. Sleeps heartbeat, so a step that
 * waits is not taken for a lost one.
 */
final class Pacer {

    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration interval;
    private Instant next;

    Pacer(Clock clock, double callsPerSecond, Instant notBefore) {
        this.clock = clock;
        this.interval = Duration.ofNanos((long) Math.ceil(1_000_000_000d / callsPerSecond));
        this.next = notBefore == null ? clock.instant() : notBefore;
    }

    /** Waits until the next call may go. */
    void awaitTurn() {
        for (Instant now = clock.instant(); now.isBefore(next); now = clock.instant()) {
            Duration wait = Duration.between(now, next);
            sleep(wait.compareTo(HEARTBEAT_EVERY) > 0 ? HEARTBEAT_EVERY : wait);
            heartbeat();
        }
    }

    /** A call went: the next one waits an interval. */
    void called() {
        next = clock.instant().plus(interval);
    }

    /** The channel answered 429: the next call waits what it said, and at least an interval. */
    void throttled(Duration retryAfter) {
        Instant now = clock.instant();
        next = now.plus(retryAfter.compareTo(interval) > 0 ? retryAfter : interval);
    }

    /** When the channel's rate limit lets the next call go. */
    Instant nextCallNotBefore() {
        return next;
    }

    static void heartbeat() {
        Activity.getExecutionContext().heartbeat(null);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pacing calls to a channel", e);
        }
    }
}
