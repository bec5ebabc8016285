package com.vmsflow.handover;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One courier handover: Ajio manifests for the batch (one Create Manifest call per 250 shipments), then each order
 * is told it is handed over.
 */
@WorkflowInterface
public interface HandoverWorkflow {

    static String idFor(String clientId, String handoverId) {
        return "handover:" + clientId + ":" + handoverId;
    }

    @WorkflowMethod
    HandoverResult run(HandoverRequest request);

    @QueryMethod
    HandoverResult progress();
}
