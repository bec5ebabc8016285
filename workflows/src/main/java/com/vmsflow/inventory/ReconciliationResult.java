package com.vmsflow.inventory;

import java.time.Instant;

/**
 * What a full reconciliation found and fixed (report {@code inventory-differences} lists each difference).
 *
 * @param reconciliationId the run's id, one per reconciliation, in the report's rows
 * @param compared channel SKUs compared (shown by the channel, or expected by us)
 * @param differences channel SKUs whose figure at the channel differed from ours; each was pushed
 * @param unmapped channel SKUs the channel shows without a client SKU: reported, not pushed
 * @param calls calls made to the channel (reads and pushes)
 * @param nextCallNotBefore when the channel's rate limit lets the next call go
 * @param finishedAt when it ended
 */
public record ReconciliationResult(String reconciliationId, int compared, int differences, int unmapped, int calls,
                                   Instant nextCallNotBefore, Instant finishedAt) {
}
