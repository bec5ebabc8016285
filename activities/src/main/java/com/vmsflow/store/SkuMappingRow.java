package com.vmsflow.store;

/** Ajio's SKU of a product and the client's own SKU for it. */
public record SkuMappingRow(String channelSku, String clientSku) {
}
