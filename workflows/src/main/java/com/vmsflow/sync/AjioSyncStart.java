package com.vmsflow.sync;

import com.vmsflow.flow.VmsSearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.util.Map;

/** How a client's Ajio sync starts: one running per client, started again after any end (a restarted worker). */
public final class AjioSyncStart {

    private AjioSyncStart() {
    }

    public static WorkflowOptions options(String taskQueue, String clientId) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(AjioSyncWorkflow.idFor(clientId))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setStaticSummary(AjioSyncWorkflow.summaryFor(clientId))
                .setMemo(Map.of(AjioSyncWorkflow.SUMMARY_MEMO, AjioSyncWorkflow.summaryFor(clientId)))
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId).build())
                .build();
    }
}
