package com.vmsflow.routing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is to be routed: the units of each SKU still to ship, where to, how heavy a unit is, the service the channel
 * promises (null: none) and the client's choice for an order no location can fill alone.
 */
public record RoutingRequest(Destination to, Map<String, Integer> units, BigDecimal unitWeightKg,
                             Integer promisedDays, WhenNoLocationHasAll whenNoLocationHasAll) {

    public RoutingRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unitWeightKg, "unitWeightKg");
        Objects.requireNonNull(whenNoLocationHasAll, "whenNoLocationHasAll");
        units = Map.copyOf(new TreeMap<>(units));
    }

    BigDecimal weightOf(Map<String, Integer> lines) {
        return unitWeightKg.multiply(BigDecimal.valueOf(lines.values().stream().mapToInt(Integer::intValue).sum()));
    }
}
