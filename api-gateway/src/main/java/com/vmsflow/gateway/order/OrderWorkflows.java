package com.vmsflow.gateway.order;

import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.order.CancellationRequest;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.PackResult;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.workflow.Functions;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The gateway's calls to forward order workflows; updates run through {@link Updates}. */
public record OrderWorkflows(WorkflowClient client, OrderLookup lookup, GatewayMetrics metrics, Updates updates) {

    /** The order after an update, and whether the update has finished or is still under way (answered 202). */
    public record Outcome(OrderState state, boolean completed) {
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

    /** B2B2C (seed 002): the brand's e-invoice to its partner for an order on the partner's marketplace account. */
    public Outcome submitB2b2cInvoice(String clientId, String orderId, String updateId, EInvoice invoice) {
        return update(clientId, orderId, updateId, "submitB2b2cInvoice", w -> w::submitB2b2cInvoice, invoice);
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

    private <A> Outcome update(String clientId, String orderId, String updateId, String name,
                               Function<ForwardOrderWorkflow, Functions.Func1<A, OrderState>> method, A argument) {
        ForwardOrderWorkflow workflow = stub(clientId, orderId);
        try {
            return updates.run(workflow, name, updateId, method, argument)
                    .map(state -> new Outcome(state, true))
                    .orElseGet(() -> new Outcome(workflow.state(), false));
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
