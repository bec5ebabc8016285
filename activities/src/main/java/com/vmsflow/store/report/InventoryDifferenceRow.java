package com.vmsflow.store.report;

import java.time.Instant;

/**
 * A row of the inventory-differences report: a channel SKU whose figure at the channel differed from ours in a full
 * reconciliation.
 *
 * @param clientSku null for a channel SKU without a client SKU (kind UNMAPPED: reported, not pushed)
 * @param shown what the channel showed; null when it did not show the SKU at all (MISSING_AT_CHANNEL)
 * @param expected what we show it; null when UNMAPPED
 * @param kind DIFFERENT, MISSING_AT_CHANNEL or UNMAPPED
 * @param pushed whether our figure was pushed to fix it
 */
public record InventoryDifferenceRow(String clientId, String channelId, String reconciliationId, String channelSku,
                                     String clientSku, Integer shown, Integer expected, String kind, boolean pushed,
                                     Instant foundAt) {
}
