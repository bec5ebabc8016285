package com.vmsflow.database;

import com.vmsflow.inventory.StockPool;

/** Returned units of a SKU to put back into stock in a pool; {@code itemId} is unique within the return. */
public record ReturnRestock(String itemId, String sku, int quantity, StockPool pool) {
}
