package com.vmsflow.order.cancellation;

public enum Verdict {
    ALLOWED,
    REFUSED,
    /** Not supported by the integration: the order is flagged for support to cancel in both Ajio and the OMS. */
    FLAGGED;

    /** ALLOWED when the rule's condition holds, REFUSED when it does not. */
    public static Verdict allowedIf(boolean condition) {
        return condition ? ALLOWED : REFUSED;
    }
}
