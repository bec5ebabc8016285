package com.vmsflow.order;

import com.vmsflow.client.ClientProfile;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/**
 * How an Ajio order's workflow starts. Duplicates are rejected, so a second start of the same order (an overlapping
 * window, a retried page) is a no-op even after the first one completed; the search attributes are the ones support's
 * queries find it by before its first task runs.
 */
public final class ForwardOrderStart {

    private ForwardOrderStart() {
    }

    public static WorkflowOptions options(String taskQueue, ClientProfile profile, String orderId) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(ForwardOrderWorkflow.idFor(profile.clientId(), orderId))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary("Ajio order " + orderId + " of " + profile.clientId() + " ("
                        + profile.eInvoicingModel() + " e-invoicing)")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, profile.clientId())
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, orderId)
                        .set(VmsSearchAttributes.E_INVOICING_MODEL, profile.eInvoicingModel().name())
                        .set(VmsSearchAttributes.ORDER_STATUS, OrderStatus.CREATED.name())
                        .set(VmsSearchAttributes.WAITING_FOR, WaitingFor.NONE.name())
                        .set(VmsSearchAttributes.OVERDUE, false)
                        .build())
                .build();
    }
}
