package com.vmsflow.bulk;

import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One bulk B2B outward order of the internal channel (seed 004, BRIEF "OMS behaviours"): CREATED; allocated only when
 * the seller or support asks; packed, dispatched and posted to the ERP. Every input is an update: the caller needs the
 * answer (FULFILLABLE or UNFULFILLABLE and why), and a validator refuses what the order cannot take now.
 */
@WorkflowInterface
public interface BulkOrderWorkflow {

    /** The workflow id: {@code bulk-order:{clientId}:{bulkOrderId}}, one per order, duplicates rejected. */
    static String idFor(String clientId, String bulkOrderId) {
        return "bulk-order:" + clientId + ":" + bulkOrderId;
    }

    /**
     * How a bulk order's workflow starts: once per bulk order id (a repeat of the creation finds it started), found in
     * Temporal Web by its client and, as {@code ChannelOrderId}, by its id.
     */
    static WorkflowOptions startOptions(String taskQueue, String clientId, BulkOrderRequest order) {
        return WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(idFor(clientId, order.bulkOrderId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary("Bulk order " + order.bulkOrderId() + " of " + clientId + " ("
                        + order.fulfilmentType() + ", QC " + order.qcStatus() + " from " + order.qcStatus().pool()
                        + " at " + order.location() + ")")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId)
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, order.bulkOrderId())
                        .set(VmsSearchAttributes.ORDER_STATUS, BulkOrderStatus.CREATED.name())
                        .set(VmsSearchAttributes.WAITING_FOR, WaitingFor.SELLER.name())
                        .build())
                .build();
    }

    @WorkflowMethod
    BulkOrderState run(NewBulkOrder order);

    @QueryMethod
    BulkOrderState state();

    /** The seed's "retry": allocate now; answers the order FULFILLABLE, PARTIALLY_FULFILLABLE or UNFULFILLABLE. */
    @UpdateMethod
    BulkOrderState allocate(BulkAction action);

    @UpdateValidatorMethod(updateName = "allocate")
    void validateAllocate(BulkAction action);

    /** The seller's "complete": stop here; what is allocated but not packed is released, nothing more is allocated. */
    @UpdateMethod
    BulkOrderState complete(BulkAction action);

    @UpdateValidatorMethod(updateName = "complete")
    void validateComplete(BulkAction action);

    /** The warehouse's packed quantities so far. */
    @UpdateMethod
    BulkOrderState pack(BulkPack pack);

    @UpdateValidatorMethod(updateName = "pack")
    void validatePack(BulkPack pack);

    /** The warehouse dispatched what is packed. */
    @UpdateMethod
    BulkOrderState dispatch(BulkAction action);

    @UpdateValidatorMethod(updateName = "dispatch")
    void validateDispatch(BulkAction action);

    /** Support retries or skips the ERP's posting when the ERP refused it. */
    @UpdateMethod
    BulkOrderState support(SupportRequest request);

    @UpdateValidatorMethod(updateName = "support")
    void validateSupport(SupportRequest request);
}
