package com.vmsflow.sandbox.ajio.returns;

import com.vmsflow.sandbox.ajio.FeedPage;
import java.util.List;

/** The answer of {@code GET /v1/returns}. */
public record ReturnFeed(List<ReturnExpectation> returns, String next) {

    public static ReturnFeed of(FeedPage<ReturnExpectation> page) {
        return new ReturnFeed(page.items(), page.next());
    }
}
