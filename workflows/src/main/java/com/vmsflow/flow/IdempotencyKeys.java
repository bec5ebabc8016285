package com.vmsflow.flow;

import io.temporal.workflow.Workflow;

/**
 * Keys for calls that create something at an outside system: made once in the workflow and replayed as they were,
 * so every retry of the call carries the same key and the system does the thing once. For workflow code only.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    public static String next() {
        return Workflow.randomUUID().toString();
    }
}
