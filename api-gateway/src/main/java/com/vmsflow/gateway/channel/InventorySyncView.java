package com.vmsflow.gateway.channel;

import com.vmsflow.inventory.GoLiveMode;
import java.time.Instant;

/**
 * Where a channel's inventory sync stands, as support reads it.
 *
 * @param mode the go-live mode; null until the sync recorded one
 * @param allowListSize client SKUs shown under ALLOW_LIST
 * @param changesPushed stock changes pushed so far, coalesced into {@code skusPushed} figures
 * @param throttled answers 429 from the channel so far
 * @param differencesFound channel SKUs the last full reconciliation found different; null before the first
 * @param unmapped channel SKUs without a client SKU the last reconciliation found; null before the first
 * @param pendingChanges stock changes waiting to be pushed
 */
public record InventorySyncView(GoLiveMode mode, int allowListSize, Instant lastPushAt, long changesPushed,
                                long skusPushed, long calls, long throttled, String lastReconciliationId,
                                Instant lastReconciliationAt, Integer differencesFound, Integer unmapped,
                                long pendingChanges) {
}
