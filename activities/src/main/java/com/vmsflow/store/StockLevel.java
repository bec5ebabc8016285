package com.vmsflow.store;

import com.vmsflow.inventory.StockPool;

/** The warehouse's count of a client SKU at a location, in one pool. */
public record StockLevel(String sku, String location, int quantity, StockPool pool) {

    public StockLevel {
        pool = pool == null ? StockPool.GOOD : pool;
    }

    /** Sellable stock, as every count was before the pools. */
    public StockLevel(String sku, String location, int quantity) {
        this(sku, location, quantity, StockPool.GOOD);
    }
}
