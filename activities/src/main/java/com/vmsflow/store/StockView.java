package com.vmsflow.store;

/** Stock of a SKU at a location: on hand and soft-reserved by orders (reserved may exceed on hand after a recount). */
public record StockView(String sku, String location, int onHand, int reserved) {

    /**
     * What orders may still take here: a location counted below its reservations has nothing (and takes nothing from
     * the others), as in the channels' figure (view {@code channel_sku_available}).
     */
    public int available() {
        return Math.max(onHand - reserved, 0);
    }
}
