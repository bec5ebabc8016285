package com.vmsflow.sandbox.calls;

/** What a call to a simulated system came to (docs/outside-systems.md, "The sandbox's own control endpoints"). */
public enum Outcome {
    /** It took effect. */
    APPLIED,
    /** An idempotent repeat: answered as the first time, nothing changed. */
    REPLAYED,
    /** A 4xx to a POST, or any call a refuse-next switch refused: nothing changed. */
    REFUSED,
    /** An injected fault or a 5xx: nothing changed. */
    FAULT,
    /** A GET. */
    READ
}
