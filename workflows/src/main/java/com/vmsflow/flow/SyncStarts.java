package com.vmsflow.flow;

import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.util.Map;

/**
 * How a long-running sync workflow (a client's Ajio sync, a channel's inventory sync) starts: one running per id,
 * started again after any end (a restarted worker), with its one-line summary as static summary and as memo (which,
 * unlike the static summary, a continue-as-new carries on), found by its client.
 */
public final class SyncStarts {

    /** The memo key that carries the summary from run to run. */
    public static final String SUMMARY_MEMO = "summary";

    private SyncStarts() {
    }

    public static WorkflowOptions options(String taskQueue, String workflowId, String summary, String clientId) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(workflowId)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setStaticSummary(summary)
                .setMemo(Map.of(SUMMARY_MEMO, summary))
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId).build())
                .build();
    }
}
