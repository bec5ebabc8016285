package com.vmsflow.order;

/** Why an allocated order is ONHOLD: the channel said not yet (seed 004, "When does an order get marked as ONHOLD"). */
public enum HoldReason {
    /** Ajio's dispatch-after (start-processing) time is still ahead: released by itself when it passes. */
    DISPATCH_AFTER,
    /** A replacement order: released when Ajio says the original's return was picked up from the customer. */
    RETURN_PICKUP
}
