package com.vmsflow.inventory;

import java.time.Instant;

/**
 * Where a channel's inventory sync stands; carried over continue-as-new. The changes themselves are not here: they
 * wait in our database (written in the transaction that changed the stock), so none is lost with a process.
 *
 * @param goLive what the channel is shown (set by support: {@code PUT /channels/{c}/inventory-sync})
 * @param nextCallNotBefore when the channel's rate limit lets the next call go
 * @param nextReconciliationAt when the next scheduled full reconciliation runs; null: at once (a new sync)
 * @param changesPushed stock changes pushed so far (coalesced into {@code skusPushed} figures)
 * @param skusPushed channel SKU figures pushed so far
 * @param calls calls made to the channel so far
 * @param throttled answers 429 so far
 * @param lastPushAt when the channel last accepted a figure
 * @param reconciliations full reconciliations run so far
 * @param lastReconciliation the last one's result; null before the first
 */
public record InventorySyncState(
        ChannelRef channel,
        ChannelKind kind,
        GoLive goLive,
        SyncTuning tuning,
        Instant nextCallNotBefore,
        Instant nextReconciliationAt,
        long changesPushed,
        long skusPushed,
        long calls,
        long throttled,
        Instant lastPushAt,
        long reconciliations,
        ReconciliationResult lastReconciliation) {

    /** A sync that has not run yet: it reconciles first, so the channel starts from the truth. */
    public static InventorySyncState start(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning) {
        return new InventorySyncState(channel, kind, goLive, tuning, null, null, 0, 0, 0, 0, null, 0, null);
    }

    public InventorySyncState withGoLive(GoLive control) {
        return new InventorySyncState(channel, kind, control, tuning, nextCallNotBefore, nextReconciliationAt,
                changesPushed, skusPushed, calls, throttled, lastPushAt, reconciliations, lastReconciliation);
    }

    /** After a push step: its figures added, the rate limit's next slot taken from it. */
    public InventorySyncState pushed(PushResult push) {
        return new InventorySyncState(channel, kind, goLive, tuning, push.nextCallNotBefore(), nextReconciliationAt,
                changesPushed + push.changes(), skusPushed + push.skus(), calls + push.calls(),
                throttled + push.throttled(), push.lastPushAt() == null ? lastPushAt : push.lastPushAt(),
                reconciliations, lastReconciliation);
    }

    /** After a full reconciliation that ended at {@code endedAt}: the next one is due {@code reconcileEvery} later. */
    public InventorySyncState reconciled(ReconciliationResult result, Instant endedAt) {
        return new InventorySyncState(channel, kind, goLive, tuning, result.nextCallNotBefore(),
                endedAt.plus(tuning.reconcileEvery()), changesPushed, skusPushed, calls + result.calls(), throttled,
                lastPushAt, reconciliations + 1, result);
    }
}
