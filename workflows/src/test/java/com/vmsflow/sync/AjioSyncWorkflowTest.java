package com.vmsflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.replay.Histories;
import io.temporal.activity.Activity;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's sync polls overlapping windows, relays the feed, survives refusals and continues as new. */
class AjioSyncWorkflowTest {

    record Window(Instant from, Instant to) {
    }

    static final List<Window> WINDOWS = new CopyOnWriteArrayList<>();
    static final List<String> CURSORS = new CopyOnWriteArrayList<>();
    static final List<String> RETURNS_CURSORS = new CopyOnWriteArrayList<>();
    static final List<String> ORDER_UPDATES_CURSORS = new CopyOnWriteArrayList<>();
    static final AtomicBoolean REFUSE_NEXT = new AtomicBoolean();
    /** When each status check was scheduled. */
    static final List<Instant> STATUS_CHECKS = new CopyOnWriteArrayList<>();
    static final AtomicBoolean REFUSE_NEXT_CHECK = new AtomicBoolean();

    static class RecordingSync implements AjioSyncActivities {
        @Override
        public OrdersPulled pullOrders(String clientId, Instant from, Instant to) {
            if (REFUSE_NEXT.getAndSet(false)) {
                throw ApplicationFailure.newNonRetryableFailure("bad credentials", "AJIO_REFUSED");
            }
            WINDOWS.add(new Window(from, to));
            return new OrdersPulled(3, 2, 1);
        }

        @Override
        public FeedRelayed relayCancellations(String clientId, String cursor) {
            CURSORS.add(cursor == null ? "start" : cursor);
            return new FeedRelayed(String.valueOf(CURSORS.size()), 1);
        }

        /** Each poll finds two order updates (a moved dispatch-after time, a return pickup) for held orders. */
        @Override
        public FeedRelayed relayOrderUpdates(String clientId, String cursor) {
            ORDER_UPDATES_CURSORS.add(cursor == null ? "start" : cursor);
            return new FeedRelayed("u" + ORDER_UPDATES_CURSORS.size(), 2);
        }

        @Override
        public FeedRelayed relayReturns(String clientId, String cursor) {
            RETURNS_CURSORS.add(cursor == null ? "start" : cursor);
            return new FeedRelayed("r" + RETURNS_CURSORS.size(), 0);
        }

        @Override
        public FeedRelayed relayRsiDocuments(String clientId, String cursor) {
            return new FeedRelayed("d1", 0);
        }

        @Override
        public StatusChecked checkOpenOrders(String clientId) {
            STATUS_CHECKS.add(Instant.ofEpochMilli(Activity.getExecutionContext().getInfo().getScheduledTimestamp()));
            if (REFUSE_NEXT_CHECK.getAndSet(false)) {
                throw ApplicationFailure.newNonRetryableFailure("Ajio refused getOrder (403)", "AJIO_REFUSED");
            }
            // Five open orders read, one cancelled on Ajio's panel, handed to its workflow.
            return new StatusChecked(5, 1, 1);
        }
    }

    private TestWorkflowEnvironment env;
    private WorkflowClient client;

    @BeforeEach
    void setUp() {
        WINDOWS.clear();
        CURSORS.clear();
        RETURNS_CURSORS.clear();
        ORDER_UPDATES_CURSORS.clear();
        STATUS_CHECKS.clear();
        REFUSE_NEXT.set(false);
        REFUSE_NEXT_CHECK.set(false);
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
        Worker worker = env.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);
        worker.registerActivitiesImplementations(new RecordingSync());
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void windowsOverlapCursorsCarryOverContinueAsNewAndARefusalIsNotFatal() throws InterruptedException {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);
        AjioSyncWorkflow sync = client.newWorkflowStub(AjioSyncWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(AjioSyncWorkflow.idFor("demo-rms")).build());
        String firstRun = WorkflowClient.start(sync::run,
                new SyncState("demo-rms", settings, start, null, null, null, 0, 0, 0)).getRunId();

        env.sleep(Duration.ofMinutes(2).plusSeconds(30));
        REFUSE_NEXT.set(true);
        env.sleep(Duration.ofMinutes(5));
        AjioSyncWorkflow running = client.newWorkflowStub(AjioSyncWorkflow.class, AjioSyncWorkflow.idFor("demo-rms"));
        SyncState state = running.state();

        assertThat(WINDOWS.get(0).from()).isEqualTo(start.minus(Duration.ofMinutes(10)));
        for (int i = 1; i < WINDOWS.size(); i++) {
            assertThat(WINDOWS.get(i).from()).as("each window overlaps the last by the overlap")
                    .isEqualTo(WINDOWS.get(i - 1).to().minus(Duration.ofMinutes(10)));
        }
        assertThat(CURSORS.get(0)).isEqualTo("start");
        assertThat(CURSORS.subList(1, CURSORS.size())).as("the feed cursor carries over, also across runs")
                .containsExactlyElementsOf(IntStream.range(1, CURSORS.size())
                        .mapToObj(String::valueOf).toList());
        assertThat(state.polls()).as("one refused poll among them").isEqualTo(WINDOWS.size() + 1);
        assertThat(state.ordersStarted()).isEqualTo(2L * WINDOWS.size());
        var current = client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-rms")).describe();
        assertThat(current.getStatus()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThat(current.getExecution().getRunId()).as("continued as new after 3 polls").isNotEqualTo(firstRun);
        assertThat(state.polls()).isGreaterThan(3);
        assertThat(RETURNS_CURSORS).as("the returns feed is relayed too, its cursor carried over")
                .startsWith("start", "r1", "r2");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-rms"), firstRun, "sync_demo-rms_v1_first_run");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-rms"), current.getExecution().getRunId(),
                "sync_demo-rms_v1_continued_as_new");
    }

    @Test
    void theSummaryIsStillThereAfterContinueAsNew() {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 2);
        String summary = AjioSyncWorkflow.summaryFor("demo-erp");
        AjioSyncWorkflow sync = client.newWorkflowStub(AjioSyncWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(AjioSyncWorkflow.idFor("demo-erp"))
                .setStaticSummary(summary).setMemo(Map.of(AjioSyncWorkflow.SUMMARY_MEMO, summary)).build());
        String firstRun = WorkflowClient.start(sync::run,
                new SyncState("demo-erp", settings, start, null, null, null, 0, 0, 0)).getRunId();

        env.sleep(Duration.ofMinutes(4).plusSeconds(30));
        var stub = client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-erp"));
        var third = stub.describe();
        String thirdRun = third.getExecution().getRunId();
        assertThat(thirdRun).as("continued as new after 2 polls, twice").isNotEqualTo(firstRun);
        assertThat(client.fetchHistory(AjioSyncWorkflow.idFor("demo-erp"), firstRun).getLastEvent().getEventType())
                .hasToString("EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW");
        assertThat(third.getMemo(AjioSyncWorkflow.SUMMARY_MEMO, String.class)).as("the summary in the memo")
                .isEqualTo(summary);
        assertThat(stub.query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails())
                .as("the current details lead with the summary").startsWith("**" + summary + "**");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-erp"), firstRun, "sync_demo-erp_v2_first_run");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-erp"), thirdRun, "sync_demo-erp_v2_continued_as_new");
    }

    @Test
    void theOpenOrdersAreCheckedAtTheFirstPollThenEveryIntervalNeverSooner() {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 100,
                Duration.ofMinutes(5));
        AjioSyncWorkflow sync = startSync("demo-status", settings, start);

        env.sleep(Duration.ofMinutes(12).plusSeconds(30));
        SyncState state = sync.state();

        assertThat(STATUS_CHECKS).as("at the first poll, then at minutes 5 and 10 of 13 polls").hasSize(3);
        assertThat(STATUS_CHECKS.get(0)).as("the first poll checks").isBefore(WINDOWS.get(1).to());
        for (int i = 1; i < STATUS_CHECKS.size(); i++) {
            assertThat(Duration.between(STATUS_CHECKS.get(i - 1), STATUS_CHECKS.get(i)))
                    .as("never sooner than the interval").isGreaterThanOrEqualTo(Duration.ofMinutes(5))
                    .isLessThan(Duration.ofMinutes(6));
        }
        assertThat(state.polls()).isEqualTo(13);
        assertThat(state.ordersStatusChecked()).as("what the checks read, counted").isEqualTo(15);
        assertThat(state.statusMismatches()).isEqualTo(3);
        assertThat(state.mismatchesRelayed()).isEqualTo(3);
        Instant lastCheck = STATUS_CHECKS.get(2);
        assertThat(state.nextStatusCheckAt()).as("an interval after the last check began")
                .isBetween(lastCheck.plus(Duration.ofMinutes(5)).minusSeconds(1), lastCheck.plus(Duration.ofMinutes(5)));
        assertThat(details("demo-status")).contains("15 read · 3 cancelled at Ajio without a feed event");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-status"), null, "sync_demo-status_v3_status_checks");
    }

    @Test
    void aFailedStatusCheckIsShownAndTriedAgainAtTheNextCheckWhileThePollsGoOn() {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 100,
                Duration.ofMinutes(5));
        REFUSE_NEXT_CHECK.set(true);
        AjioSyncWorkflow sync = startSync("demo-refused", settings, start);

        env.sleep(Duration.ofMinutes(3).plusSeconds(30));
        assertThat(STATUS_CHECKS).as("the first check failed and is not repeated at every poll").hasSize(1);
        assertThat(WINDOWS).as("the polls go on").hasSize(4);
        assertThat(details("demo-refused")).contains("Last status check failed: Ajio refused getOrder (403)");
        assertThat(sync.state().ordersStatusChecked()).isZero();

        env.sleep(Duration.ofMinutes(2));
        SyncState state = sync.state();
        assertThat(STATUS_CHECKS).as("tried again at the next check").hasSize(2);
        assertThat(state.ordersStatusChecked()).isEqualTo(5);
        assertThat(state.statusMismatches()).isEqualTo(1);
        assertThat(details("demo-refused")).doesNotContain("Last status check failed");
        var current = client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-refused")).describe();
        assertThat(current.getStatus()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    }

    @Test
    void theNextStatusCheckCarriesOverContinueAsNew() {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 2,
                Duration.ofMinutes(5));
        AjioSyncWorkflow sync = startSync("demo-carried", settings, start);

        env.sleep(Duration.ofMinutes(6).plusSeconds(30));

        assertThat(STATUS_CHECKS).as("continued as new three times, checked at minutes 0 and 5 only").hasSize(2);
        assertThat(Duration.between(STATUS_CHECKS.get(0), STATUS_CHECKS.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        SyncState state = client.newWorkflowStub(AjioSyncWorkflow.class, AjioSyncWorkflow.idFor("demo-carried"))
                .state();
        assertThat(state.statusMismatches()).as("counts carried over too").isEqualTo(2);
    }

    @Test
    void theOrderUpdatesReachTheHeldOrdersEveryPollTheirCursorCarriedOverContinueAsNew() {
        Instant start = Instant.ofEpochMilli(env.currentTimeMillis()).minus(Duration.ofHours(1));
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 2,
                Duration.ofMinutes(5));
        AjioSyncWorkflow sync = startSync("demo-holds", settings, start);
        String firstRun = client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-holds")).describe()
                .getExecution().getRunId();

        env.sleep(Duration.ofMinutes(3).plusSeconds(30));
        SyncState state = sync.state();

        int polls = ORDER_UPDATES_CURSORS.size();
        assertThat(polls).as("continued as new after 2 polls, at least once").isGreaterThan(2);
        assertThat(ORDER_UPDATES_CURSORS).as("every poll reads on from the last cursor, across runs")
                .startsWith("start", "u1", "u2")
                .containsExactlyElementsOf(IntStream.range(0, polls).mapToObj(i -> i == 0 ? "start" : "u" + i)
                        .toList());
        assertThat(state.orderUpdatesCursor()).isEqualTo("u" + polls);
        assertThat(state.orderUpdatesRelayed()).as("counted across runs").isEqualTo(2L * polls);
        assertThat(details("demo-holds")).contains(2 * polls + " order updates relayed");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-holds"), firstRun, "sync_demo-holds_v4_order_updates");
    }

    private AjioSyncWorkflow startSync(String clientId, SyncSettings settings, Instant start) {
        AjioSyncWorkflow sync = client.newWorkflowStub(AjioSyncWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(AjioSyncWorkflow.idFor(clientId)).build());
        WorkflowClient.start(sync::run, new SyncState(clientId, settings, start, null, null, null, 0, 0, 0));
        return client.newWorkflowStub(AjioSyncWorkflow.class, AjioSyncWorkflow.idFor(clientId));
    }

    private String details(String clientId) {
        return client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor(clientId))
                .query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails();
    }
}
