package com.vmsflow.ajio;

import java.util.List;

/** RSI documents of Ajio's feed after a cursor; {@code next} is the cursor to ask with next time. */
public record RsiPage(List<RsiDocument> documents, String next) {

    public RsiPage {
        documents = List.copyOf(documents);
    }
}
