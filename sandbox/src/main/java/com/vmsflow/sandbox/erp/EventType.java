package com.vmsflow.sandbox.erp;

/** What an ERP posting announces. */
public enum EventType {
    OUTWARD_ORDER_CREATE,
    OUTWARD_ORDER_CANCEL,
    OUTWARD_ORDER_COMPLETE,
    RETURN_ORDER_CREATE,
    /** A bulk B2B outward order left the warehouse: recorded, as the ERP's own record of what went out. */
    BULK_ORDER_DISPATCH
}
