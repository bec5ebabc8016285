package com.vmsflow.sandbox.ajio.rsi;

import java.util.List;

/** The answer of {@code GET /v1/rsi-documents}. */
public record RsiFeed(List<RsiDocument> documents, String next) {
}
