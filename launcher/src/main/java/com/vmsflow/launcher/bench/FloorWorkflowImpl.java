package com.vmsflow.launcher.bench;

import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.database.DatabaseActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link FloorPlan} with the real order's activity options, doing nothing at each step. */
public class FloorWorkflowImpl implements FloorWorkflow {

    private final FloorActivities activities = Workflow.newActivityStub(FloorActivities.class,
            ActivityOptions.newBuilder(DatabaseActivities.OPTIONS).build());
    private final FloorActivities local = Workflow.newLocalActivityStub(FloorActivities.class,
            DatabaseActivities.RECORD_OPTIONS);
    private int inputs;

    @Override
    public int run(FloorPlan plan) {
        String id = Workflow.getInfo().getWorkflowId();
        int consumed = 0;
        int i = 0;
        for (FloorPlan.Step step : plan.steps()) {
            i++;
            switch (step.kind()) {
                case ACTIVITY -> activities.noop(i);
                case LOCAL -> local.record(id, i, step.tellDriver());
                case UPSERT -> Workflow.upsertTypedSearchAttributes(
                        VmsSearchAttributes.ORDER_STATUS.valueSet("STEP" + i));
                case TIMER -> Workflow.sleep(Duration.ofMillis(step.millis()));
                case WAIT_UPDATE, WAIT_SIGNAL -> {
                    int wanted = consumed + 1;
                    if (step.withTimer()) {
                        List<Promise<Void>> timer = new ArrayList<>(1);
                        CancellationScope scope = Workflow.newCancellationScope(() -> timer.add(
                                Workflow.newTimer(Duration.ofDays(30)).exceptionally(cancelled -> null)));
                        scope.run();
                        Workflow.await(() -> inputs >= wanted);
                        scope.cancel();
                    } else {
                        Workflow.await(() -> inputs >= wanted);
                    }
                    consumed = wanted;
                }
            }
        }
        return i;
    }

    @Override
    public String input(String what) {
        inputs++;
        return what;
    }

    @Override
    public void signal(String what) {
        inputs++;
    }
}
