package com.vmsflow.temporal;

/** The task queues the worker polls. */
public final class TaskQueues {

    /** Every VMS Flow workflow and activity. */
    public static final String VMSFLOW = "vmsflow";

    private TaskQueues() {
    }
}
