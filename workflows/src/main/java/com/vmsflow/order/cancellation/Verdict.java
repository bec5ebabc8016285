package com.vmsflow.order.cancellation;

public enum Verdict {
    ALLOWED,
    REFUSED,
    /** Not supported by the integration: the order is flagged for support to cancel in both Ajio and the OMS. */
    FLAGGED
}
