package com.vmsflow.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-key token bucket on a clock the test moves: a second's worth in a burst, then one per 1/N s. */
class PerKeyRateLimitTest {

    private final AtomicLong nanos = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final PerKeyRateLimit limit = new PerKeyRateLimit(5, new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    });

    @Test
    void aBurstOfOneSecondsWorthPassesAndTheNextIsToldToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(1)).as("request %d", i).isZero();
        }
        assertThat(limit.tryAcquire(1)).as("Retry-After in whole seconds, at least 1").isEqualTo(1);
    }

    @Test
    void theAllowanceRefillsContinuously() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(2);
        }
        assertThat(limit.tryAcquire(2)).isPositive();

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(200)); // a fifth of a second: one more request
        assertThat(limit.tryAcquire(2)).isZero();
        assertThat(limit.tryAcquire(2)).isPositive();

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10)); // long idle: full again, but no more than a second's worth
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(2)).isZero();
        }
        assertThat(limit.tryAcquire(2)).isPositive();
    }

    @Test
    void eachKeyHasItsOwnAllowance() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire(3);
        }
        assertThat(limit.tryAcquire(3)).isPositive();

        assertThat(limit.tryAcquire(4)).as("another key of the same client or role is not slowed").isZero();
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new PerKeyRateLimit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestsPerSecondPerKey");
    }
}
