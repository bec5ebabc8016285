package com.vmsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench's counting of actions and events (docs/bench.md, "Cost"), and the floor's shape, over the replay fixtures
 * of the two happy paths: FL1 (RMS model, the hold timer fired) and FE1 (ERP model, the invoice submitted twice).
 */
class HistoryCostTest {

    private static final Path HISTORIES = Path.of("..", "workflows", "src", "test", "resources", "histories");

    @Test
    void theRmsHappyPathCostsItsActivitiesUpsertsTimersAndOneActionPerWorkflowTaskOfLocalActivities() {
        HistoryCost cost = HistoryCost.of(events("order_demo-rms_FL1.json"));

        assertThat(cost.events()).isEqualTo(99);
        assertThat(cost.breakdown()).isEqualTo(Map.of(
                "workflow started", 1,
                "activity (outside call)", 6,   // read, acknowledge, B2B order, RMS e-invoice, upload, label
                "activity (database)", 4,       // map SKUs, reserve, allocate the number, consume the reservation
                "timer (rule)", 1,              // the acknowledgement hold
                "timer (bounding a wait)", 2,   // around the pack result and the handover
                "update accepted", 1,           // pack
                "signal received", 1,           // handedOver
                "search attribute upsert", 8,
                "local activities (one per workflow task)", 7)); // 8 markers, two in one task
        assertThat(cost.actions()).isEqualTo(31);
        assertThat(cost.essential()).as("start, 6 outside calls, the hold, pack, handover").isEqualTo(10);
    }

    @Test
    void withFewerActionsTheSameOrderCostsItsOutsideCallsAndOneUpsertAndOneLocalActivityTaskPerWait() {
        HistoryCost cost = HistoryCost.of(events("order_demo-rms_FL1_fewer-actions.json"));

        assertThat(cost.breakdown()).isEqualTo(Map.of(
                "workflow started", 1,
                "activity (outside call)", 6,
                "timer (rule)", 1,
                "update accepted", 1,
                "signal received", 1,
                // the hold, the pack result, invoicing at Ajio, the handover, the end
                "search attribute upsert", 5,
                // the same five, the database steps beside them
                "local activities (one per workflow task)", 5));
        assertThat(cost.actions()).as("31 before").isEqualTo(20);
        assertThat(cost.essential()).isEqualTo(10);
    }

    @Test
    void theErpHappyPathCountsTheErpPostingsAsOutsideCallsAndTheInvoiceDeadlineAsARule() {
        HistoryCost cost = HistoryCost.of(events("order_demo-erp_FE1.json"));

        assertThat(cost.events()).isEqualTo(116);
        assertThat(cost.breakdown()).containsEntry("activity (outside call)", 7)
                .containsEntry("activity (database)", 3)
                .containsEntry("timer (rule)", 2)
                .containsEntry("timer (bounding a wait)", 2)
                .containsEntry("update accepted", 3)
                .containsEntry("signal received", 1)
                .containsEntry("search attribute upsert", 9);
        assertThat(cost.essential()).as("start, 7 outside calls, hold, invoice deadline, 3 updates, handover")
                .isEqualTo(14);
        assertThat(cost.actions()).isEqualTo(cost.breakdown().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theFloorHasTheShapeOfTheRealOrder() {
        List<HistoryEvent> events = events("order_demo-rms_FL1.json");
        FloorPlan plan = FloorPlan.fromHistory(events);

        assertThat(plan.count(FloorPlan.Kind.ACTIVITY)).isEqualTo(10);
        assertThat(plan.locals()).isEqualTo(8);
        assertThat(plan.count(FloorPlan.Kind.UPSERT)).isEqualTo(8);
        assertThat(plan.timers()).as("the hold fires; two timers bound the waits").isEqualTo(3);
        assertThat(plan.inputs()).containsExactly(FloorPlan.Kind.WAIT_UPDATE, FloorPlan.Kind.WAIT_SIGNAL);
        assertThat(plan.steps()).filteredOn(FloorPlan.Step::tellDriver).hasSize(2);
        // A fired timer is kept short in the floor: a real hold of an hour would only measure the clock.
        assertThat(plan.steps()).filteredOn(s -> s.kind() == FloorPlan.Kind.TIMER)
                .allSatisfy(s -> assertThat(s.millis()).isLessThanOrEqualTo(5_000));
    }

    private static List<HistoryEvent> events(String file) {
        try {
            return WorkflowExecutionHistory.fromJson(Files.readString(HISTORIES.resolve(file))).getEvents();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
