package com.vmsflow.sandbox.ajio.inventory;

import java.util.List;

/** The body of an inventory push ({@code POST /ajio/v1/inventory}) and of the control endpoint that sets figures. */
public record InventoryItems(List<InventoryItem> items) {

    public static InventoryItems of(InventoryItem... items) {
        return new InventoryItems(List.of(items));
    }
}
