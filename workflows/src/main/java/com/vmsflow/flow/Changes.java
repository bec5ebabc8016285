package com.vmsflow.flow;

import io.temporal.workflow.Workflow;

/**
 * Changes to what a workflow commands, each behind its own version marker: a run that started before the change has
 * no marker in its history and replays the old way. For workflow code only.
 */
public final class Changes {

    private Changes() {
    }

    /** Whether this run takes the change {@code changeId} (version 1; the default version is before it). */
    public static boolean taken(String changeId) {
        return Workflow.getVersion(changeId, Workflow.DEFAULT_VERSION, 1) >= 1;
    }
}
