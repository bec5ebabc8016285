package com.vmsflow.ajio;

import java.util.List;

/**
 * A page of what Ajio shows for a seller, by channel SKU in code point order.
 *
 * @param next the cursor for the next page ({@code after}); null on the last page
 */
public record InventoryPage(List<InventoryFigure> items, String next) {

    public InventoryPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
