package com.vmsflow.order;

import java.util.EnumSet;
import java.util.Set;

/** A forward order's status, in the OMS words of the seeds. */
public enum OrderStatus {
    /** Fetched from Ajio, not yet mapped to client SKUs. */
    CREATED,
    /** A channel SKU has no client SKU; waits for the mapping to be uploaded, then retries. */
    FAILED,
    /** Every line's inventory is soft-reserved. */
    FULFILLABLE,
    /** Some line's inventory could not be reserved yet; retried when stock is added. */
    UNFULFILLABLE,
    /**
     * Allocated and acknowledged, but the channel says not yet (a dispatch-after time ahead, a replacement whose
     * original's return is not picked up): not released for picking. Held in FULFILLABLE: every rule treats it so.
     */
    ONHOLD,
    /** Released for picking. */
    PROCESSING,
    /** Packed, invoiced at Ajio, B2C invoice and shipping label fetched. */
    PACKED,
    /** On an Ajio manifest, handed to the courier. */
    HANDED_OVER,
    COMPLETED,
    CANCELLED;

    private static final Set<OrderStatus> NOT_YET_PACKED =
            EnumSet.of(CREATED, FAILED, FULFILLABLE, UNFULFILLABLE, ONHOLD, PROCESSING);

    /** Before packing: the statuses where the SOPs allow cancellations "until PACKED". */
    public boolean notYetPacked() {
        return NOT_YET_PACKED.contains(this);
    }

    /** Before release for picking: the OMS treats FAILED, UNFULFILLABLE and ONHOLD orders like FULFILLABLE ones here. */
    public boolean beforeRelease() {
        return this == CREATED || this == FAILED || this == FULFILLABLE || this == UNFULFILLABLE || this == ONHOLD;
    }

    /** Handed to the courier: only such an order can come back, as a customer return or an RTO. */
    public boolean shipped() {
        return this == HANDED_OVER || this == COMPLETED;
    }

    /** A courier handover takes PACKED orders only: invoiced and labelled, and on no manifest yet. */
    public boolean readyForHandover() {
        return this == PACKED;
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
