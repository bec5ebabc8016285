package com.vmsflow.sandbox.erp;

/** What an ERP posting announces. */
public enum EventType {
    OUTWARD_ORDER_CREATE,
    OUTWARD_ORDER_CANCEL,
    OUTWARD_ORDER_COMPLETE,
    RETURN_ORDER_CREATE,
    /** A bulk B2B outward order left the warehouse: recorded, as the ERP's own record of what went out. */
    BULK_ORDER_DISPATCH,
    /**
     * B2B2C (seed 002): the brand packed its partner's marketplace order; the brand's ERP makes its e-invoice to the
     * partner at cost price and sends it to the gateway's {@code b2b2c-invoice}.
     */
    B2B2C_PACK_CONFIRMATION,
    /** B2B2C: units booked to the partner came back to the brand; recorded, as the brand's books of them. */
    B2B2C_RETURN
}
