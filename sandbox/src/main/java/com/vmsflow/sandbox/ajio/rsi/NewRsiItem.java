package com.vmsflow.sandbox.ajio.rsi;

/** An item of an RSI document to create; {@code sku} is the channel SKU. */
public record NewRsiItem(String returnId, String sku, int quantity) {
}
