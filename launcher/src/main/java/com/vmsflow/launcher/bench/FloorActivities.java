package com.vmsflow.launcher.bench;

import io.temporal.activity.ActivityInterface;

/** No-op activities of the floor workflow; the local one also tells the driver when an input is due. */
@ActivityInterface(namePrefix = "Floor")
public interface FloorActivities {

    int noop(int step);

    void record(String workflowId, int step, boolean notify);
}
