package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/** An Ajio manifest. */
public record ManifestView(String manifestId, String courier, List<String> shipmentIds, Instant createdAt) {

    public static final int MAX_SHIPMENTS = 250;

    public ManifestView {
        shipmentIds = List.copyOf(shipmentIds);
    }
}
