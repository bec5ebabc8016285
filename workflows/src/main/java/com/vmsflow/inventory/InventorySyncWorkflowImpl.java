package com.vmsflow.inventory;

import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.inventory.InventorySyncActivities.INVENTORY;

import com.vmsflow.flow.Failures;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.Waits;
import com.vmsflow.flow.Waits.Timers;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.ContinueAsNewOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;

/**
 * A channel's inventory sync. Each cycle reconciles when a reconciliation is due (a new sync, the schedule, support's
 * request, a go-live change), pushes the changes waiting in our database until none is left, then waits for a stock
 * change, a request, the sweep or the schedule. It continues as new every {@code cyclesPerRun} cycles, carrying its
 * state and the summary memo. A refusal of the channel never ends it: the next cycle tries again.
 */
public class InventorySyncWorkflowImpl implements InventorySyncWorkflow {

    private static final Logger LOG = Workflow.getLogger(InventorySyncWorkflowImpl.class);

    private final Waits waits = Waits.with(Timers.NAMED);
    private final Progress<Void> progress = Progress.describedBy(this::details);
    private InventorySyncState state;
    /** A stock change was signalled since the last push step began. */
    private boolean nudged;
    /** Support asked for a reconciliation (directly or by a go-live change) that has not started yet. */
    private boolean reconcileAsked;
    /** An asked reconciliation failed: the next cycle runs it again (without waking the sync at once). */
    private boolean reconcileOwed;
    /** Reconciliations started in this run, and the last one's id: what the update handlers wait for. */
    private long starts;
    private String startedId;
    /** Why the last cycle's push or reconciliation failed; null when the last cycle went through. */
    private String problem;
    private boolean failedThisCycle;

    @WorkflowInit
    public InventorySyncWorkflowImpl(InventorySyncState start) {
        this.state = start;
    }

    @Override
    public void run(InventorySyncState start) {
        progress.moved(null);
        for (int cycle = 1; ; cycle++) {
            failedThisCycle = false;
            if (reconciliationDue()) {
                reconcile();
            }
            push();
            if (!failedThisCycle) {
                problem = null;
            }
            progress.moved(null);
            if (cycle >= state.tuning().cyclesPerRun() || Workflow.getInfo().isContinueAsNewSuggested()) {
                // A handler still waiting asked for a reconciliation: this run runs it first, then hands over.
                Workflow.await(() -> reconcileAsked || Workflow.isEveryHandlerFinished());
                if (!reconcileAsked) {
                    continueAsNew();
                }
            }
            waitForWork();
        }
    }

    private boolean reconciliationDue() {
        Instant next = state.nextReconciliationAt();
        return reconcileAsked || reconcileOwed || next == null || !now().isBefore(next);
    }

    /** A full reconciliation under the current mode; its id is the channel's count of them, so a retry keeps it. */
    private void reconcile() {
        String id = state.channel().channelId() + "-rec-" + (state.reconciliations() + 1);
        boolean asked = reconcileAsked || reconcileOwed;
        reconcileAsked = false;
        reconcileOwed = false;
        starts++;
        startedId = id;
        try {
            ReconciliationResult result = INVENTORY.step("Reconcile every figure of " + state.channel() + " (" + id
                    + ", " + state.goLive().mode() + ")").reconcile(state.channel(), state.kind(), state.goLive(),
                    state.tuning(), id, notBefore());
            state = state.reconciled(result, result.finishedAt() == null ? now() : result.finishedAt());
        } catch (ActivityFailure failure) {
            reconcileOwed = asked;
            failed("reconciliation " + id, failure);
        }
        progress.moved(null);
    }

    /**
     * Push steps until no change is left (or support asked for a reconciliation, which comes first). A signal during a
     * step is covered by the next one, so a burst of them costs one more step.
     */
    private void push() {
        try {
            PushResult result;
            do {
                nudged = false;
                result = INVENTORY.step("Push the changed stock to " + state.channel())
                        .pushChanges(state.channel(), state.kind(), state.goLive(), state.tuning(), notBefore());
                state = state.pushed(result);
                progress.moved(null);
            } while (result.more() && !reconcileAsked);
        } catch (ActivityFailure failure) {
            failed("push", failure);
        }
    }

    private Instant notBefore() {
        return state.nextCallNotBefore() == null ? now() : state.nextCallNotBefore();
    }

    private void failed(String what, ActivityFailure failure) {
        problem = what + " failed at " + now() + ": " + Failures.message(failure);
        failedThisCycle = true;
        LOG.warn("inventory sync of {}: {}; the next cycle tries again", state.channel(), problem);
    }

    /** Until a stock change, a request, the next sweep or the scheduled reconciliation, whichever comes first. */
    private void waitForWork() {
        Duration wait = state.tuning().sweepInterval();
        String summary = "Until a stock change or the next sweep";
        Instant next = state.nextReconciliationAt();
        if (next != null) {
            Duration untilReconciliation = Duration.between(now(), next);
            // Past due means it just failed: it is tried again after a sweep, not in a loop.
            if (!untilReconciliation.isNegative() && !untilReconciliation.isZero() && untilReconciliation.compareTo(wait) <= 0) {
                wait = untilReconciliation;
                summary = "Until a stock change or the scheduled reconciliation";
            }
        }
        waits.upTo(wait, summary, () -> nudged || reconcileAsked);
    }

    private void continueAsNew() {
        Workflow.continueAsNew(ContinueAsNewOptions.newBuilder()
                .setMemo(Map.of(SUMMARY_MEMO, InventorySyncWorkflow.summaryFor(state.channel()))).build(), state);
    }

    @Override
    public InventorySyncState state() {
        return state;
    }

    @Override
    public void stockChanged() {
        nudged = true;
    }

    @Override
    public void validateGoLive(GoLive control) {
        if (control == null) {
            throw UpdateErrors.validationFailed("the go-live control is missing",
                    Map.of("mode", "ALL, ALLOW_LIST or ZERO"));
        }
        control.problem().ifPresent(problem -> {
            throw UpdateErrors.validationFailed(problem, Map.of(control.mode() == null ? "mode" : "skus", problem));
        });
    }

    @Override
    public GoLive goLive(GoLive control) {
        LOG.info("inventory sync of {}: go-live {} (was {})", state.channel(), control.mode(), state.goLive().mode());
        state = state.withGoLive(control);
        progress.showDetails();
        reconciliationStarted();
        return control;
    }

    @Override
    public String reconcileNow(String requestedBy) {
        LOG.info("inventory sync of {}: reconciliation asked by {}", state.channel(), requestedBy);
        return reconciliationStarted();
    }

    /** Asks for a reconciliation and answers its id once it has started; requests made together share one. */
    private String reconciliationStarted() {
        long wanted = starts + 1;
        reconcileAsked = true;
        Workflow.await(() -> starts >= wanted);
        return startedId;
    }

    /** The summary, then where the sync stands: what Temporal Web shows as the sync's current details. */
    private String details() {
        GoLive goLive = state.goLive();
        StringBuilder text = new StringBuilder("**").append(InventorySyncWorkflow.summaryFor(state.channel()))
                .append("**\n\nMode **").append(goLive.mode()).append("**")
                .append(goLive.mode() == GoLiveMode.ALLOW_LIST ? " (" + goLive.skus().size() + " SKUs)" : "")
                .append(" · ").append(state.changesPushed()).append(" changes pushed as ").append(state.skusPushed())
                .append(" figures · ").append(state.calls()).append(" calls · ").append(state.throttled())
                .append(" throttled (429)");
        if (state.lastPushAt() != null) {
            text.append(" · last push ").append(state.lastPushAt());
        }
        ReconciliationResult last = state.lastReconciliation();
        text.append("\n\n").append(last == null ? "No reconciliation yet"
                : "Last reconciliation **" + last.reconciliationId() + "**: " + last.differences()
                + " differences fixed, " + last.unmapped() + " unmapped channel SKUs, of " + last.compared()
                + " compared");
        if (state.nextReconciliationAt() != null) {
            text.append(" · next ").append(state.nextReconciliationAt());
        }
        if (problem != null) {
            text.append("\n\nLast problem: ").append(problem);
        }
        return text.toString();
    }
}
