package com.vmsflow.sync;

import java.time.Instant;

/**
 * Where a client's sync stands; carried over continue-as-new, so the cursors survive restarts of anything.
 *
 * @param ordersFetchedUpTo the end of the last order window fetched in full
 * @param cancellationsCursor position in Ajio's cancellation feed
 * @param returnsCursor position in Ajio's return-expectation feed
 * @param rsiCursor position in Ajio's RSI document feed
 */
public record SyncState(
        String clientId,
        SyncSettings settings,
        Instant ordersFetchedUpTo,
        String cancellationsCursor,
        String returnsCursor,
        String rsiCursor,
        long ordersStarted,
        long cancellationsRelayed,
        long polls) {

    public SyncState withOrders(Instant upTo, long started) {
        return new SyncState(clientId, settings, upTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted + started, cancellationsRelayed, polls);
    }

    public SyncState withCancellations(String cursor, long relayed) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cursor, returnsCursor, rsiCursor, ordersStarted,
                cancellationsRelayed + relayed, polls);
    }

    public SyncState withReturns(String cursor) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, cursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls);
    }

    public SyncState withRsi(String cursor) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, cursor,
                ordersStarted, cancellationsRelayed, polls);
    }

    public SyncState polled() {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls + 1);
    }
}
