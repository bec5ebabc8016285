package com.vmsflow.sandbox.ajio.order;

/** An Ajio order's status as the order calls answer it. */
public enum OrderStatus {
    CREATED,
    ACKNOWLEDGED,
    /** Every line fully cancelled. */
    CANCELLED,
    /** The B2B invoice is uploaded. */
    INVOICED,
    MANIFESTED
}
