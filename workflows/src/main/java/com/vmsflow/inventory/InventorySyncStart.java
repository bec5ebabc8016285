package com.vmsflow.inventory;

import com.vmsflow.flow.VmsSearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.util.Map;

/** How a channel's inventory sync starts: one running per client and channel, started again after any end. */
public final class InventorySyncStart {

    private InventorySyncStart() {
    }

    public static WorkflowOptions options(String taskQueue, ChannelRef channel) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(InventorySyncWorkflow.idFor(channel))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
                .setStaticSummary(InventorySyncWorkflow.summaryFor(channel))
                .setMemo(Map.of(InventorySyncWorkflow.SUMMARY_MEMO, InventorySyncWorkflow.summaryFor(channel)))
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, channel.clientId()).build())
                .build();
    }
}
