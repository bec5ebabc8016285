package com.vmsflow.routing;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A location that serves the order's channel, with what it has available now of each of the order's SKUs (on hand
 * less what other orders reserved there); a SKU it has none of may be missing.
 */
public record Candidate(String locationId, LocationKind kind, String country, String city,
                        Map<String, Integer> available) {

    public Candidate {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        available = Map.copyOf(new TreeMap<>(available));
    }

    public int available(String sku) {
        return Math.max(0, available.getOrDefault(sku, 0));
    }
}
