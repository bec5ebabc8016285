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
    BULK_ORDER_DISPATCH
}
