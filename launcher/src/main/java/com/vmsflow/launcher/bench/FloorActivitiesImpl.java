package com.vmsflow.launcher.bench;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/** Does nothing, except note when each floor workflow records, and hand the driver the workflows awaiting input. */
public class FloorActivitiesImpl implements FloorActivities {

    /** First and last local activity of a workflow (epoch ms), and how many it ran. */
    static final class Marks {
        volatile long first;
        volatile long last;
        volatile int count;
    }

    final BlockingQueue<String> due = new LinkedBlockingQueue<>();
    final Map<String, Marks> marks = new ConcurrentHashMap<>();

    @Override
    public int noop(int step) {
        return step;
    }

    @Override
    public void record(String workflowId, int step, boolean notify) {
        long now = System.currentTimeMillis();
        Marks m = marks.computeIfAbsent(workflowId, id -> new Marks());
        synchronized (m) {
            if (m.first == 0) {
                m.first = now;
            }
            m.last = now;
            m.count++;
        }
        if (notify) {
            due.add(workflowId);
        }
    }
}
