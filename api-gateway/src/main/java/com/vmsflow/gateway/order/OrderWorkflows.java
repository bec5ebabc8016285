package com.vmsflow.gateway.order;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.order.CancellationRequest;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.PackResult;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.workflow.Functions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The gateway's calls to forward order workflows. Updates carry an id made from the request, so a repeat answers the
 * first outcome and runs nothing again. A refusal of the workflow's validator reaches the caller as a
 * {@code WorkflowUpdateException}, which {@link com.vmsflow.gateway.errors.UpdateFailureMapper} turns into the API's
 * error.
 */
public class OrderWorkflows {

    /**
     * How long a call waits for an accepted update to finish. A handler may wait on Ajio or the RMS; past this the
     * caller gets 202 with the order as it stands, and a repeat of the request answers the outcome once there is one.
     */
    private static final Duration UPDATE_WAIT = Duration.ofSeconds(10);

    /** The order after an update, and whether the update has finished or is still under way. */
    public record Outcome(OrderState state, boolean completed) {
    }

    private final WorkflowClient client;
    private final OrderLookup lookup;
    private final GatewayMetrics metrics;

    public OrderWorkflows(WorkflowClient client, OrderLookup lookup, GatewayMetrics metrics) {
        this.client = client;
        this.lookup = lookup;
        this.metrics = metrics;
    }

    public Outcome pack(String clientId, String orderId, String updateId, PackResult result) {
        return update(clientId, orderId, updateId, "pack", w -> w::pack, result);
    }

    public Outcome cancel(String clientId, String orderId, String updateId, CancellationRequest request) {
        return update(clientId, orderId, updateId, "cancel", w -> w::cancel, request);
    }

    public Outcome submitB2bInvoice(String clientId, String orderId, String updateId, EInvoice invoice) {
        return update(clientId, orderId, updateId, "submitB2bInvoice", w -> w::submitB2bInvoice, invoice);
    }

    public Outcome support(String clientId, String orderId, String updateId, SupportRequest request) {
        return update(clientId, orderId, updateId, "support", w -> w::support, request);
    }

    /** Tells a FAILED order to map its SKUs again; false when it has no running workflow. */
    public boolean retryMapping(String clientId, String orderId) {
        return signal(clientId, orderId, "skuMappingsUploaded", ForwardOrderWorkflow::skuMappingsUploaded);
    }

    /** Tells an UNFULFILLABLE order to reserve again; false when it has no running workflow. */
    public boolean retryReservation(String clientId, String orderId) {
        return signal(clientId, orderId, "inventoryUpdated", ForwardOrderWorkflow::inventoryUpdated);
    }

    /** {@code name}: the update's name, for the metrics; the workflow's refusals are counted where they are mapped. */
    private <A> Outcome update(String clientId, String orderId, String updateId, String name,
                               Function<ForwardOrderWorkflow, Functions.Func1<A, OrderState>> method, A argument) {
        ForwardOrderWorkflow workflow = stub(clientId, orderId);
        UpdateOptions<OrderState> options = UpdateOptions.<OrderState>newBuilder()
                .setUpdateId(updateId)
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build();
        try {
            WorkflowUpdateHandle<OrderState> handle = WorkflowClient.startUpdate(method.apply(workflow), argument,
                    options);
            Outcome outcome;
            try {
                outcome = new Outcome(handle.getResult(UPDATE_WAIT.toMillis(), TimeUnit.MILLISECONDS), true);
            } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
                outcome = new Outcome(workflow.state(), false);
            }
            // Only now: a validator's refusal comes back as a finished update, and getResult throws it.
            metrics.updateAccepted(name);
            return outcome;
        } catch (WorkflowNotFoundException e) {
            throw closedOrMissing(clientId, orderId, name, e);
        }
    }

    /** An update to a workflow that has finished names the order's final status; one never started is 404. */
    private RuntimeException closedOrMissing(String clientId, String orderId, String update,
                                             WorkflowNotFoundException e) {
        Optional<OrderView> order = lookup.find(clientId, orderId);
        if (order.isEmpty()) {
            return e;
        }
        metrics.updateRefused(update, ErrorCode.NOT_AWAITING.name());
        return new ApiException(ErrorCode.NOT_AWAITING,
                "order " + orderId + " is " + order.get().status() + " and takes no more input");
    }

    private boolean signal(String clientId, String orderId, String name, Consumer<ForwardOrderWorkflow> signal) {
        try {
            signal.accept(stub(clientId, orderId));
            metrics.signalSent(name);
            return true;
        } catch (WorkflowNotFoundException e) {
            return false;
        }
    }

    private ForwardOrderWorkflow stub(String clientId, String orderId) {
        return client.newWorkflowStub(ForwardOrderWorkflow.class, ForwardOrderWorkflow.idFor(clientId, orderId));
    }
}
