package com.vmsflow.gateway.order;

import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.store.OrderRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.Optional;

/**
 * Finds an order's view: the workflow's own state while Temporal has it, else the read model's row once the
 * workflow's history has passed retention.
 */
public record OrderLookup(WorkflowClient client, OrderRepository orders) {

    public Optional<OrderView> find(String clientId, String orderId) {
        try {
            return Optional.of(OrderView.of(client.newWorkflowStub(ForwardOrderWorkflow.class,
                    ForwardOrderWorkflow.idFor(clientId, orderId)).state()));
        } catch (WorkflowNotFoundException e) {
            return orders.find(clientId, orderId)
                    .map(row -> OrderView.archived(row, orders.history(clientId, orderId)));
        }
    }
}
