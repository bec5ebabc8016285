package com.vmsflow.rsi;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One Ajio RSI document (seed 000, "Model 2 : RSI Flow"): its items are recorded and it is marked ACCEPTED at
 * Ajio, even when some of its items have not been received yet.
 */
@WorkflowInterface
public interface RsiDocumentWorkflow {

    static String idFor(String clientId, String documentId) {
        return "rsi:" + clientId + ":" + documentId;
    }

    @WorkflowMethod
    RsiState run(NewRsiDocument input);

    @QueryMethod
    RsiState state();
}
