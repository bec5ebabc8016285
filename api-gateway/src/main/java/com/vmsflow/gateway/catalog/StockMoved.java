package com.vmsflow.gateway.catalog;

import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.StockMove;
import java.util.List;

/**
 * The answer of {@code POST /inventory/moves}: the move as taken (a resend answers the same move), and the
 * UNFULFILLABLE orders told to try again when it brought stock into GOOD.
 */
public record StockMoved(String moveId, String sku, String location, StockPool from, StockPool to, int quantity,
                         List<String> ordersRetried) {

    static StockMoved of(StockMove move, List<String> ordersRetried) {
        return new StockMoved(move.moveId(), move.sku(), move.location(), move.from(), move.to(), move.quantity(),
                ordersRetried);
    }
}
