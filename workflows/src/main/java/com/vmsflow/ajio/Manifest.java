package com.vmsflow.ajio;

import java.util.List;

/** An Ajio manifest: at most {@link #MAX_SHIPMENTS} shipments, a shipment id being the Ajio order id. */
public record Manifest(String manifestId, List<String> shipmentIds) {

    public static final int MAX_SHIPMENTS = 250;

    public Manifest {
        shipmentIds = List.copyOf(shipmentIds);
    }
}
