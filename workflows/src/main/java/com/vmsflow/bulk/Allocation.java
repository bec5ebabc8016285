package com.vmsflow.bulk;

import java.util.List;
import java.util.Map;

/** What one allocation round left the bulk order holding per SKU, and why each SKU still short is short. */
public record Allocation(Map<String, Integer> reservedBySku, List<Shortage> shortages) {

    public Allocation {
        reservedBySku = Map.copyOf(reservedBySku);
        shortages = List.copyOf(shortages);
    }
}
