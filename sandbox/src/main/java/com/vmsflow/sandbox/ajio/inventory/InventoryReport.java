package com.vmsflow.sandbox.ajio.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What a seller account's inventory at Ajio looks like to a test ({@code GET /sandbox/ajio/{sellerId}/inventory}).
 * The counts always cover the whole seller account, also when {@code items} is one SKU's.
 *
 * @param oversells      order lines taken for a SKU Ajio showed below the line's quantity
 * @param calls          inventory calls received (pushes and listings, throttled and refused ones included)
 * @param itemsReceived  figures received in accepted pushes
 * @param batchesRefused pushes refused with 400 (too many items, or a bad item)
 * @param throttled      calls answered 429 by the rate limit
 */
public record InventoryReport(List<FigureReport> items, long oversells, long calls, long itemsReceived,
                              long batchesRefused, long throttled) {

    public InventoryReport {
        items = List.copyOf(items);
    }

    /** The SKU's line of the report; absent when Ajio shows nothing for it. */
    public Optional<FigureReport> item(String sku) {
        return items.stream().filter(item -> item.sku().equals(sku)).findFirst();
    }
}
