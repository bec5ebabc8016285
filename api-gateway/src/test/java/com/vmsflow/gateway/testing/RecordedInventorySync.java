package com.vmsflow.gateway.testing;

import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.InventorySyncActivities;
import com.vmsflow.inventory.PushResult;
import com.vmsflow.inventory.ReconciliationResult;
import com.vmsflow.inventory.SyncTuning;
import com.vmsflow.store.InventorySyncRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The inventory sync's activities with the channel left out: each push and reconciliation is recorded with the
 * go-live control it ran under, nothing is pushed, and a reconciliation finds nothing different. What the real
 * activities write for {@code GET /channels} at the end of a reconciliation (the sync's row in {@code channel_syncs}:
 * its mode, allow-list and last reconciliation) is written for real, by the same repository call: the sync's steps
 * are that row's one writer.
 */
public final class RecordedInventorySync implements InventorySyncActivities {

    /** A reconciliation that ran (recorded once its row was written), under the control it was given. */
    public record Reconciliation(ChannelRef channel, String reconciliationId, GoLive goLive) {
    }

    /** A push step, under the control it was given. */
    public record Push(ChannelRef channel, GoLive goLive) {
    }

    /** The next push step, held at the channel until {@link #release}: a sync busy for as long as a test wants. */
    public record Hold(CountDownLatch entered, CountDownLatch released) {

        public void awaitEntered() {
            await(entered, "the held push to start");
        }

        public void release() {
            released.countDown();
        }
    }

    private final InventorySyncRepository repository;
    private final List<Reconciliation> reconciliations = new CopyOnWriteArrayList<>();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final Map<ChannelRef, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicReference<Hold> holdNextPush = new AtomicReference<>();

    RecordedInventorySync(InventorySyncRepository repository) {
        this.repository = repository;
    }

    @Override
    public PushResult pushChanges(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                  Instant notBefore) {
        Hold hold = holdNextPush.getAndSet(null);
        if (hold != null) {
            hold.entered().countDown();
            await(hold.released(), "the test to release the held push");
        }
        pushes.add(new Push(channel, goLive));
        return PushResult.nothing(notBefore);
    }

    /** Holds the next push step (of any channel) until the test releases it. */
    public Hold holdNextPush() {
        Hold hold = new Hold(new CountDownLatch(1), new CountDownLatch(1));
        holdNextPush.set(hold);
        return hold;
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 30 s for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ReconciliationResult reconcile(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                          String reconciliationId, Instant notBefore) {
        running.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
        try {
            Instant at = Instant.now();
            repository.finishReconciliation(channel, goLive, reconciliationId, at, 0, 0, 0, 1, 0, null);
            reconciliations.add(new Reconciliation(channel, reconciliationId, goLive));
            return new ReconciliationResult(reconciliationId, 0, 0, 0, 1, notBefore, at);
        } finally {
            running.get(channel).decrementAndGet();
        }
    }

    /** Reconciliations of the channel under way now. */
    public int running(ChannelRef channel) {
        AtomicInteger count = running.get(channel);
        return count == null ? 0 : count.get();
    }

    public List<Reconciliation> reconciliations() {
        return List.copyOf(reconciliations);
    }

    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    /** Polls for a push step after the first {@code after} that satisfies {@code condition}, for at most 10 s. */
    public Push awaitPush(int after, Predicate<Push> condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Optional<Push> found = pushes.stream().skip(after).filter(condition).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no push " + what + " reached the channel: " + pushes);
            }
            GatewayHarness.sleep(20);
        }
    }

    /** Polls for a reconciliation that satisfies {@code condition}, for at most 10 s. */
    public Reconciliation awaitReconciliation(Predicate<Reconciliation> condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Optional<Reconciliation> found = reconciliations.stream().filter(condition).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no reconciliation " + what + " reached the channel: " + reconciliations);
            }
            GatewayHarness.sleep(20);
        }
    }
}
