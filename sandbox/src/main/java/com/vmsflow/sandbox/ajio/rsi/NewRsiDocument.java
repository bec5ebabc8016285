package com.vmsflow.sandbox.ajio.rsi;

import java.util.List;

/** An RSI document to create ({@code POST /sandbox/ajio/{sellerId}/rsi-documents}). */
public record NewRsiDocument(List<NewRsiItem> items) {
}
