package com.vmsflow.sandbox.ajio.inventory;

/** Units of a channel SKU an order took: one line of a new order. */
public record Sale(String sku, int quantity) {
}
