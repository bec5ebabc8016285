package com.vmsflow.bulk;

import com.vmsflow.inventory.StockNudges;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.BulkOrderRepository;
import java.util.Map;

/** The bulk order activities over PostgreSQL; the channels' syncs are nudged after each committed stock change. */
public record BulkOrderActivitiesImpl(BulkOrderRepository bulkOrders, StockNudges nudges)
        implements BulkOrderActivities {

    @Override
    public Allocation allocate(String clientId, String bulkOrderId, int round, StockPool pool, String location,
                               Map<String, Integer> wantedBySku, boolean allOrNothing) {
        Allocation allocation = bulkOrders.allocate(clientId, bulkOrderId, round, pool, location, wantedBySku,
                allOrNothing);
        nudges.stockChanged(clientId); // committed; a nudge too many is free
        return allocation;
    }

    @Override
    public void release(String clientId, String bulkOrderId, Map<String, Integer> keepBySku) {
        bulkOrders.release(clientId, bulkOrderId, keepBySku);
        nudges.stockChanged(clientId);
    }

    @Override
    public void consume(String clientId, String bulkOrderId, Map<String, Integer> dispatchedBySku) {
        bulkOrders.consume(clientId, bulkOrderId, dispatchedBySku);
        nudges.stockChanged(clientId);
    }

    @Override
    public void recordBulkOrder(BulkOrderState state) {
        bulkOrders.record(state);
    }
}
