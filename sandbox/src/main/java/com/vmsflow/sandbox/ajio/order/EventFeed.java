package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.ajio.FeedPage;
import java.util.List;

/** The answer of Ajio's order event feeds, {@code GET /v1/cancellations} and {@code GET /v1/order-updates}. */
public record EventFeed<E>(List<E> events, String next) {

    public static <E> EventFeed<E> of(FeedPage<E> page) {
        return new EventFeed<>(page.items(), page.next());
    }
}
