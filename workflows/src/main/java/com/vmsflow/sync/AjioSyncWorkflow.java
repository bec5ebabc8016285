package com.vmsflow.sync;

import com.vmsflow.flow.SyncStarts;
import io.temporal.client.WorkflowOptions;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A client's long-running Ajio sync: pulls new orders by date window and the cancellation feed, and starts or
 * signals the order workflows; continues as new every few hundred polls.
 */
@WorkflowInterface
public interface AjioSyncWorkflow {

    static String idFor(String clientId) {
        return "sync:" + clientId;
    }

    /** The memo key that carries {@link #summaryFor} from run to run. */
    String SUMMARY_MEMO = SyncStarts.SUMMARY_MEMO;

    /**
     * The sync's one-line summary: its static summary at start, its memo {@value #SUMMARY_MEMO} in every run, and the
     * first line of its current details. Temporal keeps a static summary for the run it was given to only (a
     * continue-as-new carries memo and search attributes, no user metadata), so the memo and the details carry it on.
     */
    static String summaryFor(String clientId) {
        return "Ajio sync of client " + clientId;
    }

    /** How a client's sync starts: one running per client, started again after any end (a restarted worker). */
    static WorkflowOptions startOptions(String taskQueue, String clientId) {
        return SyncStarts.options(taskQueue, idFor(clientId), summaryFor(clientId), clientId);
    }

    @WorkflowMethod
    void run(SyncState state);

    @QueryMethod
    SyncState state();

    /** Poll now instead of at the next interval. */
    @SignalMethod
    void pollNow();
}
