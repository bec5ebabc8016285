package com.vmsflow.bulk;

import com.vmsflow.inventory.StockPool;
import java.util.Map;

/**
 * Why a SKU of a bulk order is not (all) allocated, as the seller sees it (seed 004: "stock is there, why
 * UNFULFILLABLE?"): how many the order wants, how many its pool has for it at the location, and how many are free in
 * each other pool there (stock to move with {@code POST /inventory/moves}, or a QC status to choose).
 */
public record Shortage(String sku, int wanted, int availableInPool, Map<StockPool, Integer> availableElsewhere) {

    public Shortage {
        availableElsewhere = Map.copyOf(availableElsewhere);
    }
}
