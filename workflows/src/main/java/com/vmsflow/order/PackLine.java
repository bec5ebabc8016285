package com.vmsflow.order;

/** The warehouse's pack result for one client SKU: every open unit is packed, not found or damaged. */
public record PackLine(String sku, int packed, int notFound, int damaged) {

    public int total() {
        return packed + notFound + damaged;
    }

    public int missing() {
        return notFound + damaged;
    }
}
