package com.vmsflow.database;

import java.util.List;
import java.util.Map;

/** Client SKUs for the channel SKUs that have one, and the channel SKUs that have none yet. */
public record SkuMapping(Map<String, String> clientSkuByChannelSku, List<String> missing) {

    public SkuMapping {
        clientSkuByChannelSku = Map.copyOf(clientSkuByChannelSku);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
