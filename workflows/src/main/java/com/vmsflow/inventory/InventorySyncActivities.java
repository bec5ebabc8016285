package com.vmsflow.inventory;

import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.time.Instant;

/**
 * The inventory sync's calls: our database (the changes waiting, the figures) and the channel's inventory API.
 * Both are idempotent: a figure is absolute, and a change leaves the database only after its figure was accepted.
 */
@ActivityInterface(namePrefix = "InventorySync")
public interface InventorySyncActivities {

    /** A push step paces itself under the rate limit and heartbeats; a reconciliation streams the channel's pages. */
    ActivityOptions OPTIONS = Activities.heartbeatingOptions(Duration.ofMinutes(30), Duration.ofMinutes(1));

    Activities<InventorySyncActivities> INVENTORY = Activities.of(InventorySyncActivities.class, OPTIONS);

    /**
     * Pushes the channel's figure of every channel SKU whose stock changed, up to {@link SyncTuning#batchesPerStep}
     * batches, not before {@code notBefore} and spaced by the rate limit; a 429 waits its Retry-After and sends the
     * batch again. Each figure is read when its batch is made, so the last value wins; the changes it covered leave
     * the database only once the channel accepted the batch.
     */
    PushResult pushChanges(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                           Instant notBefore);

    /**
     * Reads every figure the channel shows (page by page, never all in memory), pushes each one that differs from
     * ours (and ours for every channel SKU the channel does not show), records each difference, and reports the
     * channel SKUs that have no client SKU without pushing them.
     */
    ReconciliationResult reconcile(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                   String reconciliationId, Instant notBefore);
}
