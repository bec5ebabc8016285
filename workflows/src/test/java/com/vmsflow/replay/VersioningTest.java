package com.vmsflow.replay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.order.ForwardOrderWorkflowImpl;
import com.vmsflow.order.NewOrder;
import com.vmsflow.sync.AjioSyncWorkflowImpl;
import com.vmsflow.flow.DataConverters;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two changes went in behind version markers. The relay of Ajio's returns and RSI feeds was added to the running sync
 * workflow; forward orders were made to cost fewer Temporal actions (local database steps, no 30-day timers, fewer
 * upserts). A history recorded before each change replays against today's code; the same change without the marker
 * does not: the replay test would have stopped that deploy.
 */
class VersioningTest {

    /** Today's sync with the change made naively, without {@code Workflow.getVersion}. */
    public static class SyncWithoutMarker extends AjioSyncWorkflowImpl {
        @Override
        protected boolean relaysReturnsAndRsi() {
            return true;
        }
    }

    /** Today's forward order with the change made naively: every order, old or new, costs fewer actions. */
    public static class OrderWithoutMarker extends ForwardOrderWorkflowImpl {
        @WorkflowInit
        public OrderWithoutMarker(NewOrder order) {
            super(order);
        }

        @Override
        protected boolean costsFewerActions() {
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
        return history("sync_demo-rms_continued_as_new.json");
    }

    /** A forward order of the RMS model, recorded before it cost fewer actions: the hold, pack, handover. */
    private static WorkflowExecutionHistory orderBeforeTheChange() throws Exception {
        return history("order_demo-rms_FL1.json");
    }

    private static WorkflowExecutionHistory history(String name) throws Exception {
        Path file = Path.of(Objects.requireNonNull(VersioningTest.class.getResource("/histories/" + name)).toURI());
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

    @Test
    void anOrderFromBeforeFewerActionsReplaysAgainstTheVersionedChange() throws Exception {
        Worker worker = env.newWorker("versioned-order");
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(orderBeforeTheChange(), worker))
                .doesNotThrowAnyException();
    }

    @Test
    void fewerActionsWithoutTheMarkerFailsTheReplayOfAnOldOrder() throws Exception {
        Worker worker = env.newWorker("unversioned-order");
        worker.registerWorkflowImplementationTypes(OrderWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(orderBeforeTheChange(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /**
     * The summary handed on in the continue-as-new's memo changes that command, so it went in behind a marker too:
     * runs from before it and after it replay. (The SDK does not compare a continue-as-new's memo on replay, so
     * unlike the two changes above, the same change without the marker would replay as well.)
     */
    @Test
    void aSyncRunFromBeforeTheSummaryWasHandedOnReplaysAgainstTheVersionedChange() throws Exception {
        Worker worker = env.newWorker("versioned-summary");
        worker.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history("sync_demo-rms_v1_first_run.json"),
                worker)).doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history("sync_demo-erp_v2_first_run.json"),
                worker)).doesNotThrowAnyException();
    }
}
