package com.vmsflow.ajio;

import java.util.List;

/**
 * Events of Ajio's order-updates feed after a cursor (moved dispatch-after times, return pickups of replacements'
 * originals); {@code next} is the cursor to ask with next time. It requires its list, as every page does.
 */
public record OrderUpdatePage(List<AjioOrderUpdate> events, String next) {

    public OrderUpdatePage {
        events = List.copyOf(events);
    }
}
