package com.vmsflow.sandbox.ajio.rsi;

import com.vmsflow.sandbox.ajio.FeedPage;
import java.util.List;

/** The answer of {@code GET /v1/rsi-documents}. */
public record RsiFeed(List<RsiDocument> documents, String next) {

    public static RsiFeed of(FeedPage<RsiDocument> page) {
        return new RsiFeed(page.items(), page.next());
    }
}
