package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.inventory.StockNudges;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRepository;
import java.util.List;

/**
 * What follows a committed stock change, the one place for every writer of stock (PUT /inventory, moves, GRNs): the
 * channels' syncs are nudged, and when sellable (GOOD) stock arrived, every UNFULFILLABLE order tries its reservation
 * again and keeps what it gets.
 */
public class StockArrivals {

    private final OrderRepository orders;
    private final OrderWorkflows workflows;
    private final StockNudges nudges;

    public StockArrivals(OrderRepository orders, OrderWorkflows workflows, StockNudges nudges) {
        this.orders = orders;
        this.workflows = workflows;
        this.nudges = nudges;
    }

    /** Answers the orders told to try again (none when no GOOD stock arrived). */
    public List<String> stockChanged(String clientId, boolean goodArrived) {
        // Committed: the changes wait for the channels in the database; the nudge only wakes their syncs sooner.
        nudges.stockChanged(clientId);
        if (!goodArrived) {
            return List.of();
        }
        // Any new stock may be what an UNFULFILLABLE order waits for: each tries again and keeps what it gets.
        return orders.orderIdsWithStatus(clientId, OrderStatus.UNFULFILLABLE).stream()
                .filter(orderId -> workflows.retryReservation(clientId, orderId))
                .toList();
    }
}
