package com.vmsflow.sandbox.ajio.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of Ajio's inventory listing, sorted by SKU in code point order.
 *
 * @param next the last SKU of this page, to pass as {@code after}; null on the last page
 */
public record InventoryPage(List<ShownFigure> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

    public InventoryPage {
        items = List.copyOf(items);
    }
}
