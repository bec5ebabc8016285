package com.vmsflow.ajio;

import java.time.Instant;
import java.util.List;

/** Ajio's announcement that items of a forward order are coming back to the warehouse. */
public record ReturnExpectation(String returnId, String orderId, ReturnType type, List<ReturnItem> items,
                                Instant createdAt) {

    public ReturnExpectation {
        items = List.copyOf(items);
    }
}
