package com.vmsflow.bulk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/** One SKU of a bulk order: how many are wanted, allocated (reserved), packed and dispatched. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BulkLineState {
    private String sku;
    private int wanted;
    private int reserved;
    private int packed;
    private int dispatched;

    BulkLineState() {
    }

    BulkLineState(String sku, int wanted) {
        this.sku = sku;
        this.wanted = wanted;
    }

    public String sku() { return sku; }
    public int wanted() { return wanted; }
    public int reserved() { return reserved; }
    public int packed() { return packed; }
    public int dispatched() { return dispatched; }

    void reserved(int reserved) { this.reserved = reserved; }
    void packed(int packed) { this.packed = packed; }
    void dispatched(int dispatched) { this.dispatched = dispatched; }
}
