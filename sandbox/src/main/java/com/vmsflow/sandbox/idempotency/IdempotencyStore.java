package com.vmsflow.sandbox.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The answers given per idempotency key, for {@code ttl} (24 hours by the contract). A key is claimed by the first
 * request; a concurrent repeat waits for that request's answer instead of applying the call a second time.
 */
public class IdempotencyStore {

    /** Who asks: the system, the account (an Ajio seller, or none), the method and path, and the key. */
    public record Scope(String system, String account, String method, String path, String key) {
    }

    /** The outcome of a claim: either this request owns the key, or here is the answer to replay. */
    public sealed interface Claim {
        record Owner() implements Claim {
        }

        record Replay(StoredAnswer answer) implements Claim {
        }

        /** The first request with this key has not answered within the wait. */
        record Busy() implements Claim {
        }
    }

    private record Entry(CompletableFuture<Optional<StoredAnswer>> answer, Instant claimedAt) {
    }

    private record Expiry(Scope scope, Entry entry) {
    }

    private final Map<Scope, Entry> entries = new ConcurrentHashMap<>();
    /** Entries in claim order, so expiry is a walk from the head that stops at the first live one. */
    private final ConcurrentLinkedQueue<Expiry> expiries = new ConcurrentLinkedQueue<>();
    private final Duration ttl;
    private final Duration waitForFirst;
    private final Clock clock;

    public IdempotencyStore(Duration ttl, Duration waitForFirst, Clock clock) {
        this.ttl = ttl;
        this.waitForFirst = waitForFirst;
        this.clock = clock;
    }

    public Claim claim(Scope scope) {
        expire();
        while (true) {
            Entry mine = new Entry(new CompletableFuture<>(), clock.instant());
            Entry first = entries.putIfAbsent(scope, mine);
            if (first == null) {
                expiries.add(new Expiry(scope, mine));
                return new Claim.Owner();
            }
            Optional<StoredAnswer> answer;
            try {
                answer = first.answer().get(waitForFirst.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return new Claim.Busy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Claim.Busy();
            } catch (ExecutionException e) {
                throw new IllegalStateException("idempotency entries are never completed exceptionally", e);
            }
            if (answer.isPresent()) {
                return new Claim.Replay(answer.get());
            }
            // The first request released the key without an answer worth keeping: claim it again.
        }
    }

    /** Keeps the owner's answer for the key's repeats. */
    public void remember(Scope scope, StoredAnswer answer) {
        Entry entry = entries.get(scope);
        if (entry != null) {
            entry.answer().complete(Optional.of(answer));
        }
    }

    /** The owner's answer was transient (a 5xx, 401, 408 or 429): a repeat of the key is handled afresh. */
    public void release(Scope scope) {
        Entry entry = entries.get(scope);
        if (entry != null && entries.remove(scope, entry)) {
            entry.answer().complete(Optional.empty());
        }
    }

    private void expire() {
        Instant oldest = clock.instant().minus(ttl);
        Expiry head;
        while ((head = expiries.peek()) != null && head.entry().claimedAt().isBefore(oldest)) {
            if (expiries.remove(head)) {
                entries.remove(head.scope(), head.entry());
            }
        }
    }
}
