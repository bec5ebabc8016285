package com.vmsflow.flow;

/** The task queues the worker polls. */
public final class TaskQueues {

    /** Every VMS Flow workflow and activity. */
    public static final String VMSFLOW = "vmsflow";

    /** Ajio's RSI acceptances only: its worker keeps under Ajio's per-seller rate limit. */
    public static final String AJIO_RSI = "vmsflow-ajio-rsi";

    private TaskQueues() {
    }
}
