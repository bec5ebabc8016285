package com.vmsflow.routing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A part of an order that one location ships: its units per SKU, what the rate card says it costs and takes. */
public record Shipment(String locationId, Map<String, Integer> units, Zone zone, BigDecimal cost, int days) {

    public Shipment {
        units = Map.copyOf(new TreeMap<>(units));
    }
}
