package com.vmsflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.replay.Histories;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ajio refuses the client's credentials in the middle of a pull (seed 004: "if you have changed your Marketplace
 * credentials, it may result in failure while try to sync orders"): the sync waits for support, visibly, keeps its
 * cursor, and once Ajio takes the credentials again every order made meanwhile arrives, none twice.
 */
class AjioSyncCredentialsTest {

    /** Ajio's orders by id with their creation time, and which of them the sync started a workflow for. */
    static final Map<String, Instant> AT_AJIO = new ConcurrentHashMap<>();
    /**
     * How many pulls saw each order: the first starts its workflow, a later one is dropped, as the real starter's
     * workflow ids drop it.
     */
    static final Map<String, AtomicInteger> STARTED = new ConcurrentHashMap<>();
    static final AtomicBoolean REVOKED = new AtomicBoolean();
    /** Revokes the credentials after the next pull has started half of its window's orders. */
    static final AtomicBoolean REVOKE_MID_PULL = new AtomicBoolean();
    static final AtomicInteger REFUSED_POLLS = new AtomicInteger();

    static class AjioWithCredentials implements AjioSyncActivities {
        @Override
        public OrdersPulled pullOrders(String clientId, Instant from, Instant to) {
            refuseIfRevoked();
            List<String> window = new ArrayList<>(AT_AJIO.entrySet().stream()
                    .filter(o -> !o.getValue().isBefore(from) && o.getValue().isBefore(to)).map(Map.Entry::getKey)
                    .sorted().toList());
            int started = 0;
            for (int i = 0; i < window.size(); i++) {
                if (i == window.size() / 2 && window.size() > 1 && REVOKE_MID_PULL.getAndSet(false)) {
                    REVOKED.set(true);
                    refuseIfRevoked();
                }
                if (STARTED.computeIfAbsent(window.get(i), id -> new AtomicInteger()).incrementAndGet() == 1) {
                    started++;
                }
            }
            return new OrdersPulled(window.size(), started, window.size() - started);
        }

        @Override
        public FeedRelayed relayCancellations(String clientId, String cursor) {
            refuseIfRevoked();
            return new FeedRelayed(cursor == null ? "1" : String.valueOf(Integer.parseInt(cursor) + 1), 0);
        }

        @Override
        public FeedRelayed relayOrderUpdates(String clientId, String cursor) {
            refuseIfRevoked();
            return new FeedRelayed(cursor == null ? "u1" : cursor, 0);
        }

        @Override
        public FeedRelayed relayReturns(String clientId, String cursor) {
            refuseIfRevoked();
            return new FeedRelayed("r", 0);
        }

        @Override
        public FeedRelayed relayRsiDocuments(String clientId, String cursor) {
            refuseIfRevoked();
            return new FeedRelayed("d", 0);
        }

        @Override
        public StatusChecked checkOpenOrders(String clientId) {
            refuseIfRevoked();
            return new StatusChecked(0, 0, 0);
        }

        /** As AjioClient fails a token request answered 401: retryable, and the sync's step does not retry it. */
        private static void refuseIfRevoked() {
            if (REVOKED.get()) {
                REFUSED_POLLS.incrementAndGet();
                throw ApplicationFailure.newFailure("Ajio refuses the credentials of seller account SELLER-1 (Ajio"
                        + " did not authorize fetchToken (401 BAD_CREDENTIALS))", AjioActivities.CREDENTIALS_REFUSED);
            }
        }
    }

    private TestWorkflowEnvironment env;
    private WorkflowClient client;

    @BeforeEach
    void setUp() {
        AT_AJIO.clear();
        STARTED.clear();
        REVOKED.set(false);
        REVOKE_MID_PULL.set(false);
        REFUSED_POLLS.set(0);
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
        for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
            env.registerSearchAttribute(key.getName(), key.getValueType());
        }
        Worker worker = env.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);
        worker.registerActivitiesImplementations(new AjioWithCredentials());
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void revokedMidPullTheSyncWaitsForSupportAndAfterTheRestoreEveryOrderArrivesOnce() {
        Instant start = now().minus(Duration.ofMinutes(30));
        // 4 polls a run: the outage spans a continue-as-new.
        SyncSettings settings = new SyncSettings(Duration.ofMinutes(1), Duration.ofMinutes(10), 4,
                Duration.ofHours(1));
        for (int i = 1; i <= 4; i++) {
            AT_AJIO.put("OLD-" + i, start.plus(Duration.ofMinutes(i)));
        }
        AjioSyncWorkflow sync = client.newWorkflowStub(AjioSyncWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(AjioSyncWorkflow.idFor("demo-creds")).build());
        String firstRun = WorkflowClient.start(sync::run,
                new SyncState("demo-creds", settings, start, null, null, null, 0, 0, 0)).getRunId();
        env.sleep(Duration.ofSeconds(30));
        AjioSyncWorkflow running = client.newWorkflowStub(AjioSyncWorkflow.class,
                AjioSyncWorkflow.idFor("demo-creds"));
        assertThat(STARTED.keySet()).containsExactlyInAnyOrder("OLD-1", "OLD-2", "OLD-3", "OLD-4");
        Instant fetchedBefore = running.state().ordersFetchedUpTo();

        // Two orders come in; Ajio revokes the credentials while the next pull has started only one of them.
        addOrder("MID-1");
        env.sleep(Duration.ofSeconds(1));
        addOrder("MID-2");
        REVOKE_MID_PULL.set(true);
        env.sleep(Duration.ofMinutes(1));
        SyncState refused = running.state();
        assertThat(REVOKED).isTrue();
        assertThat(refused.credentialsRefused()).as("the sync shows the refusal").isNotNull();
        assertThat(refused.credentialsRefused().reason()).contains("401 BAD_CREDENTIALS");
        assertThat(refused.ordersFetchedUpTo()).as("the cursor stays where the last full window ended")
                .isEqualTo(fetchedBefore);
        assertThat(waitingFor()).isEqualTo("SUPPORT");
        assertThat(details()).contains("Waiting for support since", "Ajio refuses the client's credentials");

        // Orders keep coming during the outage, which outlasts a continue-as-new; support is never asked to act.
        for (int i = 1; i <= 5; i++) {
            addOrder("DURING-" + i);
            env.sleep(Duration.ofMinutes(1));
        }
        SyncState stillRefused = running.state();
        assertThat(REFUSED_POLLS.get()).as("tried again at every poll").isGreaterThanOrEqualTo(5);
        assertThat(client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-creds")).describe().getExecution()
                .getRunId()).as("continued as new during the outage").isNotEqualTo(firstRun);
        assertThat(stillRefused.credentialsRefused().since()).as("refused since the first refusal, across runs")
                .isEqualTo(refused.credentialsRefused().since());
        assertThat(stillRefused.ordersFetchedUpTo()).isEqualTo(fetchedBefore);
        assertThat(waitingFor()).isEqualTo("SUPPORT");
        assertThat(STARTED.keySet()).doesNotContain("MID-2", "DURING-1");

        REVOKED.set(false);
        env.sleep(Duration.ofMinutes(1).plusSeconds(5));
        SyncState restored = running.state();

        assertThat(restored.credentialsRefused()).isNull();
        assertThat(waitingFor()).isEqualTo("NONE");
        assertThat(details()).doesNotContain("Waiting for support");
        assertThat(STARTED.keySet()).as("every order made before and during the outage arrived")
                .containsExactlyInAnyOrderElementsOf(AT_AJIO.keySet());
        assertThat(STARTED.values()).as("each seen again in the overlapping windows, started once")
                .allMatch(sightings -> sightings.get() >= 1);
        // MID-1 was started in the pull Ajio cut short, whose count never came back: the re-pull finds it known.
        assertThat(restored.ordersStarted()).isEqualTo(AT_AJIO.size() - 1);
        assertThat(restored.ordersFetchedUpTo()).isAfter(AT_AJIO.get("DURING-5"));
        Histories.record(client, AjioSyncWorkflow.idFor("demo-creds"), firstRun,
                "sync_demo-creds_v4_credentials_refused_first_run");
        Histories.record(client, AjioSyncWorkflow.idFor("demo-creds"), null,
                "sync_demo-creds_v4_credentials_restored");
    }

    private void addOrder(String orderId) {
        AT_AJIO.put(orderId, now());
    }

    private Instant now() {
        return Instant.ofEpochMilli(env.currentTimeMillis());
    }

    private String waitingFor() {
        return client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-creds")).describe()
                .getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_FOR);
    }

    private String details() {
        return client.newUntypedWorkflowStub(AjioSyncWorkflow.idFor("demo-creds"))
                .query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails();
    }
}
