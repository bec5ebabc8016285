package com.vmsflow.sync;

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

    @WorkflowMethod
    void run(SyncState state);

    @QueryMethod
    SyncState state();

    /** Poll now instead of at the next interval. */
    @SignalMethod
    void pollNow();
}
