package com.vmsflow.returns;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/** How the workflow of an Ajio return expectation starts: once per return, a repeat of the expectation is a no-op. */
public final class ReturnStart {

    private ReturnStart() {
    }

    public static WorkflowOptions options(String taskQueue, ClientProfile profile, ReturnExpectation expectation) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(ReturnWorkflow.idFor(profile.clientId(), expectation.returnId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary(expectation.type() + " " + expectation.returnId() + " of order "
                        + expectation.orderId() + " (" + profile.returnModel() + ")")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, profile.clientId())
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, expectation.orderId())
                        .set(VmsSearchAttributes.RETURN_MODEL, profile.returnModel().name())
                        .set(VmsSearchAttributes.WAITING_FOR, WaitingFor.NONE.name())
                        .build())
                .build();
    }
}
