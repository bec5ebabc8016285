package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Calls to a channel spaced under its rate limit: 5 a second means one every 200 ms from when each went. */
class PacerTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);

    @Test
    void theNextCallGoesAnIntervalAfterTheLastOneWentNotAfterItsAnswer() {
        Pacer pacer = new Pacer(clock, 5.0, T0);
        pacer.awaitTurn(); // its turn has come: no wait
        clock.advance(Duration.ofMillis(80)); // Ajio's answer and our work after it
        pacer.called();

        assertThat(pacer.nextCallNotBefore()).isEqualTo(T0.plusMillis(200));
    }

    @Test
    void aCallThatTookLongerThanTheIntervalLetsTheNextOneGoAtOnce() {
        Pacer pacer = new Pacer(clock, 5.0, T0);
        pacer.awaitTurn();
        clock.advance(Duration.ofMillis(350));
        pacer.called();

        assertThat(pacer.nextCallNotBefore()).isBefore(clock.instant());
    }

    @Test
    void a429WaitsItsRetryAfterFromNow() {
        Pacer pacer = new Pacer(clock, 5.0, T0);
        pacer.awaitTurn();
        clock.advance(Duration.ofMillis(30));
        pacer.throttled(Duration.ofSeconds(1));

        assertThat(pacer.nextCallNotBefore()).isEqualTo(T0.plusMillis(1_030));
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
