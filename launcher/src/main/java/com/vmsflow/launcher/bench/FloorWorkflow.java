package com.vmsflow.launcher.bench;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The bench's floor: a workflow doing nothing in as many steps as a real order (bench only, never deployed). */
@WorkflowInterface
public interface FloorWorkflow {

    String TASK_QUEUE = "vmsflow-bench-floor";

    @WorkflowMethod
    int run(FloorPlan plan);

    @UpdateMethod
    String input(String what);

    @SignalMethod
    void signal(String what);
}
