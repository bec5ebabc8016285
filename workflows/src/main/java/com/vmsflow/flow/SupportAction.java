package com.vmsflow.flow;

/** What support may do to an order from the gateway (SUPPORT role). */
public enum SupportAction {
    /**
     * Try again now: a FAILED order maps its SKUs again, an UNFULFILLABLE one reserves again, a step an outside
     * system refused is called again (support fixed the cause).
     */
    RETRY,
    /**
     * Go on without a refused step that support did by hand (an invoice uploaded in Ajio's panel, a label fetched
     * there, a posting handed to the ERP). Only steps whose result the order does not need can be skipped.
     */
    SKIP,
    /**
     * Release an ONHOLD order for processing now, before the channel's dispatch-after time or its return pickup
     * (seed 004: support may release a hold early). Only an ONHOLD order takes it.
     */
    RELEASE_HOLD
}
