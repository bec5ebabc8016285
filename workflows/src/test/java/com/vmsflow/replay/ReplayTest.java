package com.vmsflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.flow.DataConverters;
import com.vmsflow.temporal.WorkflowImplementations;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every committed history (src/test/resources/histories: every flow variant, recorded from real runs) replays
 * against today's workflow code with the production data converter. A change that alters what old histories
 * did fails here: put it behind {@code Workflow.getVersion}.
 */
class ReplayTest {

    private static TestWorkflowEnvironment env;
    private static Worker worker;

    @BeforeAll
    static void start() {
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
        // The first replays load and link every workflow class: on a loaded machine that can outlast the SDK's 1 s
        // deadlock detector, which then fails a history that is fine. Replay judges determinism, not speed.
        worker = env.newWorker("replay", WorkerOptions.newBuilder()
                .setDefaultDeadlockDetectionTimeout(Duration.ofSeconds(30).toMillis()).build());
        worker.registerWorkflowImplementationTypes(WorkflowImplementations.array());
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    static List<Path> histories() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(ReplayTest.class.getResource("/histories")).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyFlowVariantHasCommittedHistories() throws Exception {
        List<String> names = histories().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).as("forward orders from before and after fewer-actions, handovers, returns, RTOs, RSI and"
                        + " the sync after continue-as-new (before the feeds, before the summary was handed on, after)"
                        + " and checking the open orders' status, the inventory sync's first run and its run after"
                        + " continue-as-new, bulk orders")
                .anyMatch(n -> n.startsWith("order_demo-rms"))
                .anyMatch(n -> n.startsWith("order_demo-erp"))
                .anyMatch(n -> n.startsWith("order_demo-rms") && n.endsWith("_fewer-actions.json"))
                .anyMatch(n -> n.startsWith("order_demo-erp") && n.endsWith("_fewer-actions.json"))
                .anyMatch(n -> n.startsWith("handover_"))
                .anyMatch(n -> n.startsWith("return_"))
                .anyMatch(n -> n.startsWith("rto_"))
                .anyMatch(n -> n.startsWith("rsi_"))
                .anyMatch(n -> n.startsWith("sync_") && n.contains("continued") && !n.contains("v1"))
                .anyMatch(n -> n.startsWith("sync_") && n.contains("v1_continued"))
                .anyMatch(n -> n.startsWith("sync_") && n.contains("v2_continued"))
                .anyMatch(n -> n.startsWith("sync_") && n.contains("v3_status_checks"))
                .anyMatch(n -> n.startsWith("inventory-sync_") && n.contains("first_run"))
                .anyMatch(n -> n.startsWith("inventory-sync_") && n.contains("continued"))
                .anyMatch(n -> n.startsWith("bulk-order_"))
                .as("returns a refusal failed and returns that waited for support; orders that took and refused an"
                        + " early handover")
                .anyMatch(n -> n.startsWith("return_") && n.contains("_before-refusals-wait-for-support"))
                .anyMatch(n -> n.startsWith("return_") && n.contains("-support-"))
                .anyMatch(n -> n.startsWith("order_") && n.contains("_before-handover-only-when-packed"))
                .anyMatch(n -> n.startsWith("order_") && n.contains("early-handover-refused"));
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedHistoryReplays() throws Exception {
        return histories().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                WorkflowReplayer.replayWorkflowExecution(WorkflowExecutionHistory.fromJson(Files.readString(file)),
                        worker)));
    }
}
