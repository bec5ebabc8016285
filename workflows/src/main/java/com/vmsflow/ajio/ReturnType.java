package com.vmsflow.ajio;

/** What Ajio expects back: a customer's return, or a shipment that returned to origin undelivered. */
public enum ReturnType {
    CUSTOMER_RETURN,
    RTO
}
