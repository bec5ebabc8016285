package com.vmsflow.rsi;

import com.vmsflow.ajio.RsiDocument;

/** The input of an RSI document workflow. */
public record NewRsiDocument(String clientId, RsiDocument document) {
}
