package com.vmsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import com.vmsflow.sandbox.ajio.inventory.FigureReport;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The inventory measurement's arithmetic: each change's time to Ajio, the window of actions, the scaling, the rows. */
class InventoryBenchTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aChangeIsTimedFromWhenItWasDueToWhenAjioTookItsFigure() {
        List<InventoryBench.Change> changes = List.of(
                new InventoryBench.Change("AJ-BS-000000", 1_000, T0),
                new InventoryBench.Change("AJ-BS-000001", 1_001, T0.plusMillis(5)),
                new InventoryBench.Change("AJ-BS-000002", 1_002, T0.plusMillis(10)),
                new InventoryBench.Change("AJ-BS-000003", 1_003, T0.plusMillis(15)));
        Map<String, FigureReport> shown = Map.of(
                "AJ-BS-000000", figure("AJ-BS-000000", 1_000, T0.plusMillis(400)),
                "AJ-BS-000001", figure("AJ-BS-000001", 1_001, T0.plusMillis(1_205)),
                // Ajio still shows the figure from before the change: not arrived.
                "AJ-BS-000002", figure("AJ-BS-000002", 100, T0.minusSeconds(60)));

        InventoryBench.Arrivals arrivals = InventoryBench.arrivals(changes, shown);

        assertThat(arrivals.millis()).containsExactly(400L, 1_200L);
        assertThat(arrivals.missing()).as("one shows the old figure, one is not shown at all").isEqualTo(2);
        assertThat(arrivals.p(50)).isEqualTo(400);
        assertThat(arrivals.p(99)).isEqualTo(1_200);
        assertThat(arrivals.max()).isEqualTo(1_200);
    }

    @Test
    void aRequestsAnswerIsItsScheduledTimeAndItsLatency() {
        LoadGenerator.Result put = new LoadGenerator.Result("stock", List.of(), Map.of(), 1, 200, T0, 5_000_000,
                new long[] {40_000_000, 0});

        assertThat(put.scheduledAt(1)).isEqualTo(T0.plusMillis(5));
        assertThat(put.answeredAt(0)).isEqualTo(T0.plusMillis(40));
        assertThat(put.answeredAt(1)).as("never answered").isNull();
    }

    @Test
    void actionsAreScaledToAThousandChanges() {
        assertThat(InventoryBench.perThousand(470, 6_000)).isCloseTo(78.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(InventoryBench.perThousand(31, 1_000)).isEqualTo(31);
        assertThat(InventoryBench.perThousand(3, 0)).isNaN();
    }

    @Test
    void theReconciliationsTargetIsInProportionAndItsFloorIsAjiosRateLimit() {
        assertThat(InventoryBench.reconciliationTargetSeconds(10_000)).isEqualTo(60);
        assertThat(InventoryBench.reconciliationTargetSeconds(1_000)).isEqualTo(6);
        // 10,000 differences: 200 pushes of 50 and 20 pages of 500, at 5 calls a second.
        assertThat(InventoryBench.minimumSeconds(10_000, 50, 500, 5)).isEqualTo(44);
        assertThat(InventoryBench.minimumSeconds(1_001, 50, 500, 5)).isEqualTo((21 + 3) / 5.0);
    }

    @Test
    void onlyTheEventsOfTheMeasuredWindowAreCounted() {
        List<HistoryEvent> run = List.of(event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED, T0.minusSeconds(90)),
                event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, T0),
                event(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, T0.plusSeconds(1)),
                event(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, T0.plusSeconds(5)),
                event(EventType.EVENT_TYPE_TIMER_STARTED, T0.plusSeconds(6)));

        List<HistoryEvent> measured = InventoryBench.within(run, T0, T0.plusSeconds(5));

        assertThat(measured).extracting(HistoryEvent::getEventType).containsExactly(
                EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
                EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED);
    }

    @Test
    void theThreeRowsPassOrMissOnTheirOwnTargets() {
        BenchReport report = new BenchReport(new BenchCommand.Sizes(500, 1_000, 200, 10, 1_000, 100_000, 10_000,
                200, 1, 30, 10_000, 500));
        report.column("dev server");
        LoadGenerator.Result put = new LoadGenerator.Result("stock", List.of(2.0, 3.0, 9.0), new TreeMap<>(Map.of(
                200, 3)), 0, 199.8, T0, 5_000_000, new long[] {2_000_000, 3_000_000, 9_000_000});
        InventoryBench.Arrivals arrivals = new InventoryBench.Arrivals(List.of(300L, 900L, 6_500L), 0);
        report.inventory(new InventoryBench.Result(10_000,
                new InventoryBench.Latency(3, 200, 1, put, arrivals,
                        new InventoryBench.Arrivals(List.of(298L, 897L, 6_491L), 0), 12, 0, new double[] {2.5, 4.0},
                        new Cpu(24_000_000, 6_000_000, 0, false), new ThreadCpu.Split(Map.of(ThreadPart.GATEWAY,
                        9_000_000L, ThreadPart.WORKER, 12_000_000L), 24_000_000), 2.0, 6_000_000),
                new InventoryBench.Cost(new HistoryCost(40, 24, 9, new TreeMap<>(Map.of("signal received", 9))), 300,
                        1, 3.5),
                new InventoryBench.Reconciliation(10_000, "ajio-rec-2", 46.2, 10_000, 0, 220, 1, 100L << 20,
                        104L << 20, 46),
                new InventoryBench.Limits(50, 5, 50, 5.0), 0.4, 0.9));

        String table = print(report);

        assertThat(row(table, BenchReport.INVENTORY_LATENCY)).contains("p99 < 5 s at 200 changes/s",
                "p50 900 ms, p99 6500 ms", "3 of 3 shown", "one at a time p50 2.5 ms",
                "from the PUT's answer p50 897 ms, p99 6491 ms", "CPU 10.0 ms a change",
                "| MISS |");
        assertThat(row(table, BenchReport.INVENTORY_RECONCILIATION)).contains("< 60.0 s (10,000 in 60 s)",
                "10,000 SKUs in 46.2 s: 10,000 differences fixed, 0 wrong", "live heap +4 MB", "| pass |");
        assertThat(row(table, BenchReport.INVENTORY_ACTIONS)).contains("<= 100 per 1,000 changes",
                "80.0 per 1,000 changes (24 actions", "| pass |");
        assertThat(table).contains("5 inventory calls a second", "at least 44 s at that limit",
                "worker 4.0, gateway 3.0", "idle just before (6 ms/s", "6.0 ms a change, so");
    }

    private static FigureReport figure(String sku, int quantity, Instant updatedAt) {
        return new FigureReport(sku, quantity, updatedAt, 1, 0);
    }

    private static HistoryEvent event(EventType type, Instant at) {
        return HistoryEvent.newBuilder().setEventType(type)
                .setEventTime(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano())).build();
    }

    private static String row(String table, String figure) {
        return table.lines().filter(l -> l.startsWith("| " + figure)).findFirst().orElseThrow();
    }

    private static String print(BenchReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
