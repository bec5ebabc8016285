package com.vmsflow.ajio;

import java.time.Instant;
import java.util.List;

/** An Ajio RSI document: returned items, possibly of several returns, that the seller accepts in one go. */
public record RsiDocument(String documentId, Instant createdAt, List<RsiItem> items) {

    public RsiDocument {
        items = List.copyOf(items);
    }
}
