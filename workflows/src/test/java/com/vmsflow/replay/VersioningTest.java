package com.vmsflow.replay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.sync.AjioSyncWorkflowImpl;
import com.vmsflow.temporal.DataConverters;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay of Ajio's returns and RSI feeds was added to the running sync workflow behind a version marker. A sync
 * history recorded before the change (sync_demo-rms_continued_as_new.json) replays against today's code; the same
 * change without the marker does not: the replay test would have stopped that deploy.
 */
class VersioningTest {

    /** Today's sync with the change made naively, without {@code Workflow.getVersion}. */
    public static class SyncWithoutMarker extends AjioSyncWorkflowImpl {
        @Override
        protected boolean relaysReturnsAndRsi() {
            return true;
        }
    }

    private TestWorkflowEnvironment env;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private static WorkflowExecutionHistory historyBeforeTheChange() throws Exception {
        Path file = Path.of(Objects.requireNonNull(VersioningTest.class
                .getResource("/histories/sync_demo-rms_continued_as_new.json")).toURI());
        return WorkflowExecutionHistory.fromJson(Files.readString(file));
    }

    @Test
    void theOldHistoryReplaysAgainstTheVersionedChange() throws Exception {
        Worker worker = env.newWorker("versioned");
        worker.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(historyBeforeTheChange(), worker))
                .doesNotThrowAnyException();
    }

    @Test
    void theSameChangeWithoutTheMarkerFailsTheReplay() throws Exception {
        Worker worker = env.newWorker("unversioned");
        worker.registerWorkflowImplementationTypes(SyncWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(historyBeforeTheChange(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }
}
