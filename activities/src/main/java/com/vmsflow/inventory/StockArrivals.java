package com.vmsflow.inventory;

import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.util.List;

/**
 * What follows a committed stock change, the one place for every writer of stock (PUT /inventory, pool moves, GRNs,
 * returns restocked by their QC): the channels' syncs are nudged, and when sellable (GOOD) stock arrived, every
 * UNFULFILLABLE order tries its reservation again and keeps what it gets (004: "after some time inventory will be
 * allocated to the respective order").
 */
public record StockArrivals(OrderRepository orders, ReserveAgain reserveAgain, StockNudges nudges) {

    /** Tells one order to reserve again; false when it has no running workflow. */
    @FunctionalInterface
    public interface ReserveAgain {
        boolean tell(String clientId, String orderId);
    }

    /** Signals the order's workflow ({@link ForwardOrderWorkflow#inventoryUpdated()}), as the gateway does. */
    public static ReserveAgain signalling(WorkflowClient client) {
        return (clientId, orderId) -> {
            try {
                client.newWorkflowStub(ForwardOrderWorkflow.class, ForwardOrderWorkflow.idFor(clientId, orderId))
                        .inventoryUpdated();
                return true;
            } catch (WorkflowNotFoundException e) {
                return false;
            }
        };
    }

    /** Answers the orders told to try again (none when no GOOD stock arrived). */
    public List<String> stockChanged(String clientId, boolean goodArrived) {
        // Committed: the changes wait for the channels in the database; the nudge only wakes their syncs sooner.
        nudges.stockChanged(clientId);
        if (!goodArrived) {
            return List.of();
        }
        // Any new stock may be what an UNFULFILLABLE order waits for: each tries again and keeps what it gets. Telling
        // one too many is free (it reserves nothing more), so a repeated call may tell them again.
        return orders.orderIdsWithStatus(clientId, OrderStatus.UNFULFILLABLE).stream()
                .filter(orderId -> reserveAgain.tell(clientId, orderId))
                .toList();
    }
}
