package com.vmsflow.sandbox.ajio.inventory;

/**
 * What Ajio is to show for one channel SKU: an absolute figure, never a change.
 *
 * @param quantity boxed so that a missing quantity is refused rather than read as 0
 */
public record InventoryItem(String sku, Integer quantity) {

    public static InventoryItem of(String sku, int quantity) {
        return new InventoryItem(sku, quantity);
    }
}
