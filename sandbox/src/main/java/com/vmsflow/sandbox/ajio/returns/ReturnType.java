package com.vmsflow.sandbox.ajio.returns;

/** A customer return, or a shipment that came back to the seller undelivered (return to origin). */
public enum ReturnType {
    CUSTOMER_RETURN,
    RTO
}
