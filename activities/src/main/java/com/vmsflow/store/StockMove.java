package com.vmsflow.store;

import com.vmsflow.inventory.StockPool;

/** Units of a SKU moved at a location from one pool to another ({@code POST /inventory/moves}), by its id. */
public record StockMove(String moveId, String sku, String location, StockPool from, StockPool to, int quantity) {
}
