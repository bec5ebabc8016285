package com.vmsflow.erp;

/** The event types of ERP postings (seed 000, "Interfaces to be Implemented"). */
public enum PostingEventType {
    /** The B2B order with its final quantities: the ERP makes its e-invoice for it. */
    OUTWARD_ORDER_CREATE,
    /** The order was cancelled after it was posted: the ERP cancels its e-invoice (finance raises a credit note). */
    OUTWARD_ORDER_CANCEL,
    /** The order left the warehouse: the ERP raises a return order for what customers cancelled after invoicing. */
    OUTWARD_ORDER_COMPLETE,
    /** A processed return: the ERP makes its credit note. */
    RETURN_ORDER_CREATE,
    /** A bulk B2B outward order left the warehouse: per SKU, ordered and dispatched. */
    BULK_ORDER_DISPATCH,
    /**
     * A B2B2C order is packed (seed 002): the brand's ERP makes its e-invoice to the partner, at cost price, and
     * sends it back ({@code POST /orders/{orderId}/b2b2c-invoice}).
     */
    B2B2C_PACK_CONFIRMATION,
    /**
     * A B2B2C order's units came back to the brand after its pack confirmation: cancelled after it, or returned by
     * the customer; the brand's ERP books them against the partner's account codes (seed 002 steps 5 and 6).
     */
    B2B2C_RETURN
}
