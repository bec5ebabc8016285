package com.vmsflow.sandbox.erp;

/** Where an ERP document stands with the gateway. */
public enum Delivery {
    /** Not answered with a 2xx or 4xx yet: being made, sent or retried. */
    PENDING,
    /** The gateway took it (2xx). */
    DELIVERED,
    /** The gateway refused it (4xx); the ERP does not send it again. */
    REFUSED
}
