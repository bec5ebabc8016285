package com.vmsflow.sandbox.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

    private static final IdempotencyStore.Scope SCOPE =
            new IdempotencyStore.Scope("AJIO", "seller", "POST", "ajio/v1/manifests", "key-1");
    private static final StoredAnswer ANSWER = new StoredAnswer(201, "{}".getBytes(), "FL1");

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24), Duration.ofSeconds(5), clock);

    @Test
    void aKeyIsReplayedForItsTimeToLiveThenForgotten() {
        assertThat(store.claim(SCOPE)).isInstanceOf(IdempotencyStore.Claim.Owner.class);
        store.remember(SCOPE, ANSWER);

        now = now.plus(Duration.ofHours(23));
        assertThat(store.claim(SCOPE)).isEqualTo(new IdempotencyStore.Claim.Replay(ANSWER));

        now = now.plus(Duration.ofHours(2));
        assertThat(store.claim(SCOPE)).isInstanceOf(IdempotencyStore.Claim.Owner.class);
    }

    @Test
    void aReleasedKeyIsHandledAfreshAndAWaitingRepeatTakesItOver() throws Exception {
        store.claim(SCOPE);
        CompletableFuture<IdempotencyStore.Claim> waiting = CompletableFuture.supplyAsync(() -> store.claim(SCOPE));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();

        store.release(SCOPE);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isInstanceOf(IdempotencyStore.Claim.Owner.class);
    }

    @Test
    void otherScopesDoNotMeet() {
        store.claim(SCOPE);
        store.remember(SCOPE, ANSWER);

        IdempotencyStore.Scope otherSeller = new IdempotencyStore.Scope("AJIO", "other", "POST", "ajio/v1/manifests",
                "key-1");

        assertThat(store.claim(otherSeller)).isInstanceOf(IdempotencyStore.Claim.Owner.class);
    }
}
