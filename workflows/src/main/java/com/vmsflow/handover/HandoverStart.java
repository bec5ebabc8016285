package com.vmsflow.handover;

import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;

/** How a courier handover's workflow starts: once per handover, a repeat of it finds it started. */
public final class HandoverStart {

    private HandoverStart() {
    }

    public static WorkflowOptions options(String taskQueue, HandoverRequest request) {
        return WorkflowOptions.newBuilder()
                .setWorkflowId(HandoverWorkflow.idFor(request.clientId(), request.handoverId()))
                .setTaskQueue(taskQueue)
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build();
    }
}
