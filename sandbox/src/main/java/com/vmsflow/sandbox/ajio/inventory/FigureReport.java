package com.vmsflow.sandbox.ajio.inventory;

import java.time.Instant;

/**
 * One channel SKU in the control report: what Ajio shows and what it took to get there.
 *
 * @param pushes    figures received for the SKU through the inventory API (the control endpoint's are not counted)
 * @param oversells orders taken for the SKU while Ajio showed less than their line's quantity
 */
public record FigureReport(String sku, int quantity, Instant updatedAt, long pushes, long oversells) {
}
