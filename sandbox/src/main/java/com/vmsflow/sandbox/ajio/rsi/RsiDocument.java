package com.vmsflow.sandbox.ajio.rsi;

import java.time.Instant;
import java.util.List;

/** A return-to-seller invoice document over returned items, which may span several returns. */
public record RsiDocument(String documentId, Instant createdAt, List<RsiItem> items) {

    public RsiDocument {
        items = List.copyOf(items);
    }
}
