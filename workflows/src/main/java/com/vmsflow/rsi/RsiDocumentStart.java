package com.vmsflow.rsi;

import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.flow.VmsSearchAttributes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/** How the workflow of an Ajio RSI document starts: once per document, a repeat of it is a no-op. */
public final class RsiDocumentStart {

    private RsiDocumentStart() {
    }

    public static WorkflowOptions options(String taskQueue, String clientId, RsiDocument document) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(RsiDocumentWorkflow.idFor(clientId, document.documentId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary("RSI document " + document.documentId() + " of " + clientId + " ("
                        + document.items().size() + " items)")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId).build())
                .build();
    }
}
