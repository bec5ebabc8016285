package com.vmsflow.sandbox.ajio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(5, now::get);

    @Test
    void aFullBucketLetsItsRateThroughAtOnceThenRefillsAtThatRate() {
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();

        now.addAndGet(199_000_000L);
        assertThat(bucket.tryTake()).isFalse();
        now.addAndGet(1_000_000L);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void aRefusedCallIsToldTheWholeSecondsUntilTheNextToken() {
        TokenBucket slow = new TokenBucket(1, now::get);
        assertThat(slow.tryTake()).isTrue();
        assertThat(slow.tryTake()).isFalse();

        assertThat(slow.secondsUntilToken()).isEqualTo(1);
        now.addAndGet(999_000_000L);
        assertThat(slow.secondsUntilToken()).as("never 0: a 0 would invite an immediate retry").isEqualTo(1);
        now.addAndGet(1_000_000L);
        assertThat(slow.tryTake()).isTrue();
    }

    @Test
    void anIdleBucketHoldsNoMoreThanItsRate() {
        now.addAndGet(60_000_000_000L);

        int taken = 0;
        while (bucket.tryTake()) {
            taken++;
        }

        assertThat(taken).isEqualTo(5);
    }
}
