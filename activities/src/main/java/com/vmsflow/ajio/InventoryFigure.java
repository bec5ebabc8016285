package com.vmsflow.ajio;

import java.time.Instant;

/**
 * One channel SKU's figure at Ajio: what the seller offers (an absolute quantity, never a change).
 *
 * @param updatedAt when Ajio last changed it; null in a push
 */
public record InventoryFigure(String sku, int quantity, Instant updatedAt) {

    public static InventoryFigure of(String sku, int quantity) {
        return new InventoryFigure(sku, quantity, null);
    }
}
