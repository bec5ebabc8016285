package com.vmsflow.sync;

import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.sync.AjioSyncActivities.SYNC;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.flow.Changes;
import com.vmsflow.flow.Failures;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.flow.Waits.Timers;
import com.vmsflow.flow.Waits;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.ContinueAsNewOptions;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;

/**
 * A client's Ajio sync: every poll it fetches the orders of a date window (overlapping the last one, the overlap's
 * orders being dropped by their workflow ids) and relays the cancellation feed, then sleeps; it continues as new
 * every {@code pollsPerRun} polls so its history stays short, carrying its cursors. On the first poll and then every
 * {@link SyncSettings#statusCheckEvery()} it also checks the open orders' status at Ajio (seed 004).
 */
public class AjioSyncWorkflowImpl implements AjioSyncWorkflow {

    private static final Logger LOG = Workflow.getLogger(AjioSyncWorkflowImpl.class);

    private final Waits waits = Waits.with(Timers.SDK_AWAIT);
    /** Only what changed is upserted, once per poll: nothing while the sync shows no one to wait for. */
    private final Progress<Void> progress = Progress.<Void>describedBy(this::details)
            .publishing(Progress.Publishing.ONCE_PER_WAIT);
    /** Whom the sync waits for: shown (search attributes) from its first credentials refusal on. */
    private final SyncStanding standing = new SyncStanding();
    private SyncState state;
    private boolean pollNow;
    /** Why the last poll failed; null when it went through. */
    private String problem;
    /** Why the last status check failed; null when it went through. */
    private String statusProblem;

    @Override
    public void run(SyncState start) {
        state = start;
        if (state.credentialsRefused() != null) {
            showCredentialsRefused(); // continued as new during an outage
        }
        progress.moved(null);
        progress.publishNow();
        int polls = 0;
        while (true) {
            poll();
            polls++;
            if (polls >= state.settings().pollsPerRun() || Workflow.getInfo().isContinueAsNewSuggested()) {
                continueAsNew();
            }
            pollNow = false;
            waits.upTo(state.settings().pollInterval(), "Until the next poll", () -> pollNow);
        }
    }

    /**
     * One poll; a refusal from Ajio is shown and tried again next time, never fatal. When Ajio refuses the client's
     * credentials the sync waits for support (who must have them fixed), keeps its cursors (the window of orders
     * moves only when it is fetched in full) and tries again at every poll: once Ajio takes them, the next poll
     * fetches every order made meanwhile, those seen before being dropped by their workflow ids.
     */
    private void poll() {
        Instant to = now();
        Instant from = state.ordersFetchedUpTo().minus(state.settings().windowOverlap());
        try {
            OrdersPulled pulled = SYNC.step("Pull Ajio orders created from " + from + " to " + to)
                    .pullOrders(state.clientId(), from, to);
            state = state.withOrders(to, pulled.started());
            FeedRelayed relayed = SYNC.step("Relay Ajio's cancellation feed")
                    .relayCancellations(state.clientId(), state.cancellationsCursor());
            state = state.withCancellations(relayed.cursor(), relayed.relayed());
            if (relaysOrderUpdates()) {
                FeedRelayed updates = SYNC.step("Relay Ajio's order updates (dispatch-after times, return pickups)")
                        .relayOrderUpdates(state.clientId(), state.orderUpdatesCursor());
                state = state.withOrderUpdates(updates.cursor(), updates.relayed());
            }
            if (relaysReturnsAndRsi()) {
                state = state.withReturns(SYNC.step("Relay Ajio's return expectations")
                        .relayReturns(state.clientId(), state.returnsCursor()).cursor());
                state = state.withRsi(SYNC.step("Relay Ajio's RSI documents")
                        .relayRsiDocuments(state.clientId(), state.rsiCursor()).cursor());
            }
            problem = null;
            if (state.credentialsRefused() != null) {
                state = state.withCredentialsAccepted();
                standing.waitFor(WaitingFor.NONE, null, now());
            }
        } catch (ActivityFailure failure) {
            LOG.warn("sync of {} failed, next poll retries: {}", state.clientId(), failure.getMessage());
            problem = why(failure);
            if (Failures.isOfType(failure, AjioActivities.CREDENTIALS_REFUSED) && waitsForSupportOnCredentials()) {
                state = state.withCredentialsRefused(now(), problem);
                showCredentialsRefused();
            }
        }
        if (state.statusCheckDue(now()) && checksOpenOrders()) {
            checkOpenOrders();
        }
        progress.moved(null);
        progress.publishNow();
        state = state.polled();
    }

    /** Waits for support while Ajio refuses the credentials: WaitingFor = SUPPORT since the first refusal. */
    private void showCredentialsRefused() {
        SyncState.CredentialsRefused refused = state.credentialsRefused();
        standing.stuck("Ajio refuses the client's credentials: " + refused.reason() + ". The sync keeps its cursors"
                + " and tries again at every poll (every " + state.settings().pollInterval() + "); it resumes by"
                + " itself once Ajio takes them", refused.since());
        progress.waiting(standing);
    }

    /**
     * Orders Ajio cancelled on its seller panel send no feed event: reading the open orders finds them. A failed
     * check is shown and tried again at the next check, never sooner, and never stops the polls.
     */
    private void checkOpenOrders() {
        state = state.withNextStatusCheckAt(now().plus(state.settings().statusCheckEvery()));
        try {
            state = state.withStatusChecked(SYNC.step("Check the open orders' status at Ajio")
                    .checkOpenOrders(state.clientId()));
            statusProblem = null;
        } catch (ActivityFailure failure) {
            LOG.warn("status check of {} failed, the next check retries: {}", state.clientId(), failure.getMessage());
            statusProblem = why(failure);
        }
    }

    /** The refusal's own words, without the failure's type and flags around them. */
    private static String why(ActivityFailure failure) {
        if (failure.getCause() instanceof ApplicationFailure refusal) {
            return refusal.getOriginalMessage();
        }
        return failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage();
    }

    /**
     * The next run gets the summary in its memo: Temporal carries no static summary across continue-as-new, and the
     * SDK carries no memo unless it is given one. A run from before this change continued without it (the memo is
     * part of the continue-as-new command), so the marker tells the two apart (VersioningTest).
     */
    private void continueAsNew() {
        if (carriesTheSummary()) {
            Workflow.continueAsNew(ContinueAsNewOptions.newBuilder()
                    .setMemo(Map.of(SUMMARY_MEMO, AjioSyncWorkflow.summaryFor(state.clientId()))).build(), state);
        }
        Workflow.continueAsNew(state);
    }

    protected boolean carriesTheSummary() {
        return Changes.taken(SUMMARY_ACROSS_RUNS);
    }

    static final String SUMMARY_ACROSS_RUNS = "summary-across-continue-as-new";

    /**
     * Returns and RSI documents came with the second release. A sync that was polling before it has no such calls
     * in its history, and must replay without them: the marker tells the two apart.
     */
    protected boolean relaysReturnsAndRsi() {
        return Changes.taken(RETURNS_AND_RSI_FEEDS);
    }

    static final String RETURNS_AND_RSI_FEEDS = "returns-and-rsi-feeds";

    /** The status check came with issue 16: a sync polling before it has no such calls in its history. */
    protected boolean checksOpenOrders() {
        return Changes.taken(STATUS_CHECK_OF_OPEN_ORDERS);
    }

    static final String STATUS_CHECK_OF_OPEN_ORDERS = "status-check-of-open-orders";

    /**
     * A credentials refusal waits for support, visibly (issue 17); before, it was a poll's problem like any other. Asked
     * at a refusal only: a sync that never had one records no marker.
     */
    protected boolean waitsForSupportOnCredentials() {
        return Changes.taken(CREDENTIALS_OUTAGE);
    }

    static final String CREDENTIALS_OUTAGE = "credentials-outage-waits-for-support";

    /**
     * Ajio's order-updates feed came with the ONHOLD orders (issue 17): what ends a hold reaches the held order. A
     * sync polling before it has no such calls in its history.
     */
    protected boolean relaysOrderUpdates() {
        return Changes.taken(ORDER_UPDATES_TO_HELD_ORDERS);
    }

    static final String ORDER_UPDATES_TO_HELD_ORDERS = "order-updates-to-held-orders";

    @Override
    public SyncState state() {
        return state;
    }

    @Override
    public void pollNow() {
        pollNow = true;
    }

    /** The summary, then where the sync stands: what Temporal Web shows as the sync's current details. */
    private String details() {
        return "**" + AjioSyncWorkflow.summaryFor(state.clientId()) + "**\n\n"
                + "Orders fetched up to **" + state.ordersFetchedUpTo() + "** · " + state.ordersStarted()
                + " order workflows started · " + state.cancellationsRelayed() + " cancellations relayed · "
                + state.orderUpdatesRelayed() + " order updates relayed · "
                + state.polls() + " polls" + statusChecks()
                + (state.credentialsRefused() == null ? ""
                        : "\n\n**Waiting for support since " + state.credentialsRefused().since() + ":** "
                        + standing.problem())
                + (problem == null ? "" : "\n\nLast poll failed: " + problem)
                + (statusProblem == null ? "" : "\n\nLast status check failed: " + statusProblem);
    }

    private String statusChecks() {
        if (state.nextStatusCheckAt() == null) {
            return "";
        }
        return "\n\nOpen orders' status at Ajio: " + state.ordersStatusChecked() + " read · "
                + state.statusMismatches() + " cancelled at Ajio without a feed event · " + state.mismatchesRelayed()
                + " handed to their orders · next check at **" + state.nextStatusCheckAt() + "**";
    }
}
