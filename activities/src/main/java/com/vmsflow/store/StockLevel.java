package com.vmsflow.store;

/** The warehouse's count of a client SKU at a location. */
public record StockLevel(String sku, String location, int quantity) {
}
