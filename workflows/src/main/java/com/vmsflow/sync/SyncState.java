package com.vmsflow.sync;

import java.time.Instant;

/**
 * Where a client's sync stands; carried over continue-as-new, so the cursors survive restarts of anything.
 *
 * @param ordersFetchedUpTo the end of the last order window fetched in full
 * @param cancellationsCursor position in Ajio's cancellation feed
 * @param returnsCursor position in Ajio's return-expectation feed
 * @param rsiCursor position in Ajio's RSI document feed
 * @param nextStatusCheckAt when the open orders' status at Ajio is checked next; null (a new sync, or one started
 *                          before the check existed) means at the next poll
 * @param ordersStatusChecked open orders read at Ajio by the status checks so far
 * @param statusMismatches orders the status checks found cancelled at Ajio and not with us, each counted once
 * @param mismatchesRelayed those handed to their order workflows as Ajio's cancellation
 * @param credentialsRefused since when and why Ajio refuses the client's credentials, while it does (the sync waits
 *                           for support and tries again at every poll); null while Ajio takes them
 * @param orderUpdatesCursor position in Ajio's order-updates feed (moved dispatch-after times, return pickups: the
 *                           ONHOLD orders' news); null (a new sync, or one from before the feed) means its start
 * @param orderUpdatesRelayed order-updates events handed to their order workflows so far
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
        long polls,
        Instant nextStatusCheckAt,
        long ordersStatusChecked,
        long statusMismatches,
        long mismatchesRelayed,
        CredentialsRefused credentialsRefused,
        String orderUpdatesCursor,
        long orderUpdatesRelayed) {

    /** Ajio refuses the client's credentials: since when (the first refused poll) and in Ajio's words. */
    public record CredentialsRefused(Instant since, String reason) {
    }

    /** A sync from before the credentials outage was shown. */
    public SyncState(String clientId, SyncSettings settings, Instant ordersFetchedUpTo, String cancellationsCursor,
                     String returnsCursor, String rsiCursor, long ordersStarted, long cancellationsRelayed,
                     long polls, Instant nextStatusCheckAt, long ordersStatusChecked, long statusMismatches,
                     long mismatchesRelayed) {
        this(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor, ordersStarted,
                cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked, statusMismatches,
                mismatchesRelayed, null, null, 0);
    }

    /** A sync that has not checked any order's status yet. */
    public SyncState(String clientId, SyncSettings settings, Instant ordersFetchedUpTo, String cancellationsCursor,
                     String returnsCursor, String rsiCursor, long ordersStarted, long cancellationsRelayed,
                     long polls) {
        this(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor, ordersStarted,
                cancellationsRelayed, polls, null, 0, 0, 0, null, null, 0);
    }

    public SyncState withOrders(Instant upTo, long started) {
        return new SyncState(clientId, settings, upTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted + started, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked,
                statusMismatches, mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    public SyncState withCancellations(String cursor, long relayed) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cursor, returnsCursor, rsiCursor, ordersStarted,
                cancellationsRelayed + relayed, polls, nextStatusCheckAt, ordersStatusChecked, statusMismatches,
                mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    public SyncState withReturns(String cursor) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, cursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked,
                statusMismatches, mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    public SyncState withRsi(String cursor) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, cursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked,
                statusMismatches, mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    /** Whether a status check is due at {@code now}: at the first poll, then once its interval has passed. */
    public boolean statusCheckDue(Instant now) {
        return nextStatusCheckAt == null || !now.isBefore(nextStatusCheckAt);
    }

    /** The next status check is due at {@code at}, whether or not this one went through. */
    public SyncState withNextStatusCheckAt(Instant at) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, at, ordersStatusChecked, statusMismatches,
                mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    public SyncState withStatusChecked(StatusChecked checked) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt,
                ordersStatusChecked + checked.checked(), statusMismatches + checked.mismatches(),
                mismatchesRelayed + checked.relayed(), credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    public SyncState withOrderUpdates(String cursor, long relayed) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked,
                statusMismatches, mismatchesRelayed, credentialsRefused, cursor, orderUpdatesRelayed + relayed);
    }

    public SyncState polled() {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls + 1, nextStatusCheckAt, ordersStatusChecked,
                statusMismatches, mismatchesRelayed, credentialsRefused, orderUpdatesCursor, orderUpdatesRelayed);
    }

    /** Ajio refuses the credentials: the first refusal's time is kept, the latest words shown. */
    public SyncState withCredentialsRefused(Instant at, String reason) {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked, statusMismatches,
                mismatchesRelayed, new CredentialsRefused(credentialsRefused == null ? at : credentialsRefused.since(),
                        reason), orderUpdatesCursor, orderUpdatesRelayed);
    }

    /** Ajio takes the credentials again. */
    public SyncState withCredentialsAccepted() {
        return new SyncState(clientId, settings, ordersFetchedUpTo, cancellationsCursor, returnsCursor, rsiCursor,
                ordersStarted, cancellationsRelayed, polls, nextStatusCheckAt, ordersStatusChecked, statusMismatches,
                mismatchesRelayed, null, orderUpdatesCursor, orderUpdatesRelayed);
    }
}
