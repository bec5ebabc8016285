package com.vmsflow.routing;

/** The client's choice for an order no single location can fill. */
public enum WhenNoLocationHasAll {
    /** Shipments from several locations, each taking what it can. */
    SPLIT,
    /** UNFULFILLABLE until one location has it all (stock arrives, or support retries). */
    WAIT
}
