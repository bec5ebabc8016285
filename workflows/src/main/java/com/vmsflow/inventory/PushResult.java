package com.vmsflow.inventory;

import java.time.Instant;

/**
 * What one push step sent to the channel.
 *
 * @param changes stock changes it consumed (coalesced into {@code skus} channel SKU figures)
 * @param skus channel SKU figures it pushed
 * @param calls calls made to the channel (batches, plus those repeated after a 429)
 * @param throttled answers 429 (Retry-After honoured)
 * @param more changes are left (the step stopped at its batch count)
 * @param nextCallNotBefore when the channel's rate limit lets the next call go
 * @param lastPushAt when its last batch was accepted; null when nothing was pushed
 */
public record PushResult(int changes, int skus, int calls, int throttled, boolean more, Instant nextCallNotBefore,
                         Instant lastPushAt) {

    public static PushResult nothing(Instant notBefore) {
        return new PushResult(0, 0, 0, 0, false, notBefore, null);
    }
}
