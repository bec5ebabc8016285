package com.vmsflow.store;

/** Stock of a SKU at a location: on hand and soft-reserved by orders (reserved may exceed on hand after a recount). */
public record StockView(String sku, String location, int onHand, int reserved) {
}
