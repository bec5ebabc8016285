package com.vmsflow.returns;

import com.vmsflow.flow.VmsSearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/**
 * How the RTO workflow of an order that came back without a return expectation starts: one per order, and again
 * only after a failed one (an RTO whose receipt went to its return is not asked for again).
 */
public final class RtoStart {

    private RtoStart() {
    }

    public static WorkflowOptions options(String taskQueue, String clientId, String orderId) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(RtoWorkflow.idFor(clientId, orderId))
                .setTaskQueue(taskQueue)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
                .setStaticSummary("RTO of order " + orderId + " of " + clientId
                        + " received without a return expectation")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId)
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, orderId)
                        .build())
                .build();
    }
}
