package com.vmsflow.sandbox.ajio;

import java.util.List;

/** Some events of a feed and the cursor for the following call (the same cursor when nothing is new). */
public record FeedPage<T>(List<T> items, String next) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
