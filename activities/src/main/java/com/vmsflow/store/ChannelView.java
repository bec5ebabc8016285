package com.vmsflow.store;

import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.GoLiveMode;
import java.time.Instant;
import java.util.List;

/**
 * One channel of a client as support reads it: what the settings say of it and where its inventory sync stands
 * ({@code channel_syncs}, written by the sync's steps).
 *
 * @param locations the locations whose stock it sells; empty when {@code allLocations}
 * @param buffer units kept back per SKU (a SKU may have its own)
 * @param mode the go-live mode the sync last recorded
 * @param allowListSize client SKUs on the allow-list
 * @param lastReconciliationId null before the first full reconciliation
 * @param lastDifferences channel SKUs the last reconciliation found different; null before the first
 * @param lastUnmapped channel SKUs without a client SKU the last reconciliation found; null before the first
 * @param pendingChanges stock changes waiting for the sync ({@code inventory_changes})
 */
public record ChannelView(
        String channelId,
        ChannelKind kind,
        boolean allLocations,
        List<String> locations,
        int buffer,
        GoLiveMode mode,
        int allowListSize,
        Instant lastPushAt,
        long changesPushed,
        long skusPushed,
        long calls,
        long throttled,
        String lastReconciliationId,
        Instant lastReconciliationAt,
        Integer lastDifferences,
        Integer lastUnmapped,
        long pendingChanges) {

    public ChannelView {
        locations = List.copyOf(locations);
    }
}
