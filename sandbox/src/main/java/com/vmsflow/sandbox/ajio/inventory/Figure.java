package com.vmsflow.sandbox.ajio.inventory;

import java.time.Instant;

/** What Ajio shows for one channel SKU and how it got there; guarded by its {@link Shelf}'s lock. */
final class Figure {

    final String sku;
    int quantity;
    Instant updatedAt;
    long pushes;
    long oversells;

    Figure(String sku) {
        this.sku = sku;
    }

    ShownFigure shown() {
        return new ShownFigure(sku, quantity, updatedAt);
    }

    FigureReport report() {
        return new FigureReport(sku, quantity, updatedAt, pushes, oversells);
    }
}
