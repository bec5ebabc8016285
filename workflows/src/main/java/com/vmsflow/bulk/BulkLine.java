package com.vmsflow.bulk;

/** A quantity of one client SKU on a bulk order (or, in a pack, packed of it so far). */
public record BulkLine(String sku, int quantity) {
}
