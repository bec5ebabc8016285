package com.vmsflow.store;

import com.vmsflow.inventory.StockPool;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * Stock of a SKU at a location in one pool: on hand and soft-reserved by orders (reserved may exceed on hand after a
 * recount; only GOOD is ever reserved).
 */
public record StockView(String sku, String location, StockPool pool, int onHand, int reserved) {

    @JdbiConstructor
    public StockView {
    }

    /** GOOD stock, the pool orders are served from. */
    public StockView(String sku, String location, int onHand, int reserved) {
        this(sku, location, StockPool.GOOD, onHand, reserved);
    }

    /**
     * What orders may still take here: a location counted below its reservations has nothing (and takes nothing from
     * the others), as in the channels' figure (view {@code channel_sku_available}).
     */
    public int available() {
        return Math.max(onHand - reserved, 0);
    }
}
