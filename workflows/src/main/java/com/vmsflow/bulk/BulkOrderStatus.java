package com.vmsflow.bulk;

/** Where a bulk order stands (seed 004's OMS statuses). */
public enum BulkOrderStatus {
    /** Placed; nothing allocated until the seller (or support) asks. */
    CREATED,
    /** The last allocation found too little in the order's pool (BLOCK_COMPLETE: not all of it; PARTIAL: none). */
    UNFULFILLABLE,
    /** PARTIAL: some allocated, the rest still wanted; a later allocate takes more. */
    PARTIALLY_FULFILLABLE,
    /** Every unit allocated: for the warehouse to pick and pack. */
    FULFILLABLE,
    /** Everything that will go is packed (all of it, or what there was when the seller completed it). */
    PACKED,
    /** Left the warehouse; the ERP's posting follows. */
    DISPATCHED,
    /** Dispatched and posted to the ERP, or completed by the seller with nothing packed. */
    COMPLETED;

    /** Whether the allocate of the seller or support may reserve more now. */
    public boolean allocates() {
        return this == CREATED || this == UNFULFILLABLE || this == PARTIALLY_FULFILLABLE;
    }
}
