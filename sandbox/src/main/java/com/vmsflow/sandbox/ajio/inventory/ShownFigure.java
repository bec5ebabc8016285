package com.vmsflow.sandbox.ajio.inventory;

import java.time.Instant;

/** What Ajio shows for one channel SKU, as its inventory listing answers it. */
public record ShownFigure(String sku, int quantity, Instant updatedAt) {
}
