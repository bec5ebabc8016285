package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** The body of {@code POST /v1/manifests}; a shipment id is an order id. */
public record ManifestRequest(String courier, List<String> shipmentIds) {
}
