package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkAction;
import com.vmsflow.bulk.BulkOrderRequest;
import com.vmsflow.bulk.BulkOrderState;
import com.vmsflow.bulk.BulkOrderWorkflow;
import com.vmsflow.bulk.BulkPack;
import com.vmsflow.bulk.NewBulkOrder;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.store.BulkOrderRepository;
import com.vmsflow.store.BulkOrderRow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.workflow.Functions;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The gateway's calls to bulk order workflows; updates run through {@link Updates}. */
public record BulkOrderWorkflows(WorkflowClient client, BulkOrderRepository bulkOrders, GatewayMetrics metrics,
                                 Updates updates) {

    /** A bulk order as it stands, and whether this request created it. */
    public record Created(BulkOrderState state, boolean now) {
    }

    /** The bulk order: its workflow's state, or the state its read-model row kept once the workflow is gone. */
    public Optional<BulkOrderView> find(String clientId, String bulkOrderId) {
        try {
            return Optional.of(BulkOrderView.of(stub(clientId, bulkOrderId).state(), false));
        } catch (WorkflowNotFoundException e) {
            return bulkOrders.find(clientId, bulkOrderId)
                    .map(row -> BulkOrderView.of(BulkOrderRepository.stateOf(row), true));
        }
    }

    /**
     * Starts the order's workflow, once per bulk order id: the same order again answers the order as it stands, another
     * under the same id is a conflict.
     */
    public Created create(ClientProfile profile, BulkOrderRequest order) {
        Optional<BulkOrderRow> known = bulkOrders.find(profile.clientId(), order.bulkOrderId());
        if (known.isPresent()) {
            return sameOrConflict(BulkOrderRepository.stateOf(known.get()), order);
        }
        BulkOrderWorkflow starter = client.newWorkflowStub(BulkOrderWorkflow.class,
                BulkOrderWorkflow.startOptions(TaskQueues.VMSFLOW, profile.clientId(), order));
        try {
            WorkflowClient.start(starter::run, new NewBulkOrder(profile, order));
        } catch (WorkflowExecutionAlreadyStarted started) {
            return sameOrConflict(stub(profile.clientId(), order.bulkOrderId()).state(), order);
        }
        // The query waits for the workflow's first task: the order as it begins, CREATED.
        return new Created(stub(profile.clientId(), order.bulkOrderId()).state(), true);
    }

    /** Each allocate is a round of its own (a later one may find more stock), so each has an update id of its own. */
    public BulkOrderState allocate(String clientId, String bulkOrderId, BulkAction action) {
        return update(clientId, bulkOrderId, "allocate-" + UUID.randomUUID(), "allocate", w -> w::allocate, action);
    }

    /** The seller completes an order once: a repeat answers the first outcome. */
    public BulkOrderState complete(String clientId, String bulkOrderId, BulkAction action) {
        return update(clientId, bulkOrderId, "complete", "complete", w -> w::complete, action);
    }

    public BulkOrderState pack(String clientId, String bulkOrderId, String updateId, BulkPack pack) {
        return update(clientId, bulkOrderId, updateId, "pack", w -> w::pack, pack);
    }

    /** An order is dispatched once: a repeat answers the first outcome. */
    public BulkOrderState dispatch(String clientId, String bulkOrderId, BulkAction action) {
        return update(clientId, bulkOrderId, "dispatch", "dispatch", w -> w::dispatch, action);
    }

    /** Support's retry or skip of the ERP posting the ERP refused (the order's {@code support} update). */
    public BulkOrderState support(String clientId, String bulkOrderId, String updateId, SupportRequest request) {
        return update(clientId, bulkOrderId, updateId, "support", w -> w::support, request);
    }

    private Created sameOrConflict(BulkOrderState existing, BulkOrderRequest order) {
        if (!existing.order().sameAs(order)) {
            throw new ApiException(ErrorCode.CONFLICT, "bulk order " + order.bulkOrderId()
                    + " already exists with other fields or lines");
        }
        return new Created(existing, false);
    }

    /** Runs the update; answers the order as the update left it, or as it stands while the workflow is still at it. */
    private <A> BulkOrderState update(String clientId, String bulkOrderId, String updateId, String name,
                                      Function<BulkOrderWorkflow, Functions.Func1<A, BulkOrderState>> method,
                                      A argument) {
        BulkOrderWorkflow workflow = stub(clientId, bulkOrderId);
        try {
            return updates.run(workflow, name, updateId, method, argument).orElseGet(workflow::state);
        } catch (WorkflowNotFoundException e) {
            Optional<BulkOrderRow> ended = bulkOrders.find(clientId, bulkOrderId);
            if (ended.isEmpty()) {
                throw e;
            }
            metrics.updateRefused(name, ErrorCode.NOT_AWAITING.name());
            throw new ApiException(ErrorCode.NOT_AWAITING, "bulk order " + bulkOrderId + " is "
                    + ended.get().status() + " and takes no more input");
        }
    }

    private BulkOrderWorkflow stub(String clientId, String bulkOrderId) {
        return client.newWorkflowStub(BulkOrderWorkflow.class, BulkOrderWorkflow.idFor(clientId, bulkOrderId));
    }
}
