package com.vmsflow.ajio;

import java.util.List;

/**
 * Events of Ajio's cancellation feed after a cursor; {@code next} is the cursor to ask with next time. Like every
 * page, it requires its list: an answer without it is a changed contract, not an empty feed.
 */
public record CancellationPage(List<AjioCancellation> events, String next) {

    public CancellationPage {
        events = List.copyOf(events);
    }
}
