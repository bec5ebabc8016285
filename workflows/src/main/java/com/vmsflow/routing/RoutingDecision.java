package com.vmsflow.routing;

import java.util.List;

/**
 * Where the order ships from: one shipment, several (split), or none (UNFULFILLABLE: no location, alone or with
 * others as the client allows, has the stock); {@code reasons} say why, one line per location considered, the chosen
 * first.
 */
public record RoutingDecision(List<Shipment> shipments, List<String> reasons) {

    public RoutingDecision {
        shipments = List.copyOf(shipments);
        reasons = List.copyOf(reasons);
    }

    public boolean unfulfillable() {
        return shipments.isEmpty();
    }

    public boolean split() {
        return shipments.size() > 1;
    }
}
