package com.vmsflow.store;

import java.time.Instant;
import java.util.List;

/** A batch of orders handed to a courier. */
public record HandoverRow(String clientId, String handoverId, String courier, List<String> orderIds, Instant createdAt) {

    public HandoverRow {
        orderIds = List.copyOf(orderIds);
    }
}
