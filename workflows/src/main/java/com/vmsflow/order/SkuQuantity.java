package com.vmsflow.order;

/** A quantity of one client SKU. */
public record SkuQuantity(String sku, int quantity) {
}
