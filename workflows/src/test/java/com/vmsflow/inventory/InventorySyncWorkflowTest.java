package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.replay.Histories;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributeKey;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A channel's inventory sync against a fake channel that records every call: it starts from a reconciliation, pushes
 * what changed (a burst of nudges in few pushes, again at once while changes are left, on each sweep), keeps the rate
 * limit's slot from call to call, reconciles on its schedule and when support asks or changes the go-live mode, lives
 * through the channel's refusals and continues as new with what it counted.
 */
class InventorySyncWorkflowTest {

    static final ChannelRef AJIO = new ChannelRef("demo-rms", "ajio");
    static final Duration SWEEP = Duration.ofMinutes(1);

    /** One call the sync made to the channel: what it asked, and the rate-limit slot the channel answered. */
    record Call(String what, Instant at, GoLiveMode mode, Instant notBefore, Instant answeredNotBefore,
                String reconciliationId) {

        boolean isPush() {
            return what.equals("push");
        }
    }

    /** The channel: answers 7 changes as 3 figures per push step, 2 differences and 1 unmapped SKU per reconciliation. */
    static class FakeChannel implements InventorySyncActivities {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final Deque<Boolean> more = new ConcurrentLinkedDeque<>();
        final AtomicInteger refusePushes = new AtomicInteger();
        final AtomicInteger refuseReconciliations = new AtomicInteger();
        /** Push attempts to lose as a worker killed in the middle of its batch loses them (retryable). */
        final AtomicInteger losePushes = new AtomicInteger();
        final AtomicReference<CountDownLatch[]> holdNextPush = new AtomicReference<>();
        TestWorkflowEnvironment env;

        @Override
        public PushResult pushChanges(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                      Instant notBefore) {
            Instant at = now();
            CountDownLatch[] hold = holdNextPush.getAndSet(null);
            if (hold != null) {
                hold[0].countDown();
                await(hold[1]);
            }
            if (losePushes.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                calls.add(new Call("push lost", at, goLive.mode(), notBefore, null, null));
                throw ApplicationFailure.newFailure("the worker died in the middle of the batch", "WORKER_LOST");
            }
            if (refusePushes.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                calls.add(new Call("push refused", at, goLive.mode(), notBefore, null, null));
                throw ApplicationFailure.newNonRetryableFailure("Ajio answered 401: bad seller token", "AJIO_REFUSED");
            }
            Instant slot = at.plusMillis(200).plusNanos(1000L * (calls.size() + 1));
            calls.add(new Call("push", at, goLive.mode(), notBefore, slot, null));
            boolean left = Boolean.TRUE.equals(more.poll());
            return new PushResult(7, 3, 2, 1, left, slot, at);
        }

        @Override
        public ReconciliationResult reconcile(ChannelRef channel, ChannelKind kind, GoLive goLive, SyncTuning tuning,
                                              String reconciliationId, Instant notBefore) {
            Instant at = now();
            if (refuseReconciliations.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                calls.add(new Call("reconcile refused", at, goLive.mode(), notBefore, null, reconciliationId));
                throw ApplicationFailure.newNonRetryableFailure("Ajio answered 403 to the inventory read",
                        "AJIO_REFUSED");
            }
            Instant slot = at.plusMillis(200).plusNanos(1000L * (calls.size() + 1));
            calls.add(new Call("reconcile", at, goLive.mode(), notBefore, slot, reconciliationId));
            return new ReconciliationResult(reconciliationId, 10, 2, 1, 4, slot, at);
        }

        List<Call> pushes() {
            return calls.stream().filter(Call::isPush).toList();
        }

        List<Call> reconciliations() {
            return calls.stream().filter(c -> c.what().equals("reconcile")).toList();
        }

        private Instant now() {
            return Instant.ofEpochMilli(env.currentTimeMillis());
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(20, TimeUnit.SECONDS)).as("the test let the push go").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private TestWorkflowEnvironment env;
    private WorkflowClient client;
    private FakeChannel channel;
    private Instant startedAt;

    @BeforeEach
    void setUp() {
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build()).build());
        for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
            env.registerSearchAttribute(key.getName(), key.getValueType());
        }
        channel = new FakeChannel();
        channel.env = env;
        Worker worker = env.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(InventorySyncWorkflowImpl.class);
        worker.registerActivitiesImplementations(channel);
        env.start();
        client = env.getWorkflowClient();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private static SyncTuning tuning(Duration reconcileEvery, int cyclesPerRun) {
        return new SyncTuning(50, 5.0, 20, SWEEP, reconcileEvery, cyclesPerRun);
    }

    /** Starts the sync of demo-rms's Ajio account as the worker does, and lets its first cycle run. */
    private InventorySyncWorkflow start(SyncTuning tuning) {
        InventorySyncWorkflow sync = client.newWorkflowStub(InventorySyncWorkflow.class,
                InventorySyncWorkflow.startOptions(TaskQueues.VMSFLOW, AJIO));
        startedAt = Instant.ofEpochMilli(env.currentTimeMillis());
        WorkflowClient.start(sync::run, InventorySyncState.start(AJIO, ChannelKind.AJIO, GoLive.of(GoLiveMode.ALL),
                tuning));
        env.sleep(Duration.ofSeconds(5));
        return sync;
    }

    private InventorySyncWorkflow start() {
        return start(tuning(Duration.ofDays(1), 500));
    }

    private String currentDetails() {
        return client.newUntypedWorkflowStub(InventorySyncWorkflow.idFor(AJIO))
                .query("__temporal_workflow_metadata", WorkflowMetadata.class).getCurrentDetails();
    }

    private WorkflowExecutionStatus status() {
        return client.newUntypedWorkflowStub(InventorySyncWorkflow.idFor(AJIO)).describe().getStatus();
    }

    @Test
    void aNewSyncReconcilesFirstSoTheChannelStartsFromTheTruthThenPushes() {
        InventorySyncWorkflow sync = start();

        assertThat(channel.calls).extracting(Call::what).containsExactly("reconcile", "push");
        assertThat(channel.calls.get(0).reconciliationId()).isEqualTo("ajio-rec-1");
        InventorySyncState state = sync.state();
        assertThat(state.reconciliations()).isEqualTo(1);
        assertThat(state.lastReconciliation().reconciliationId()).isEqualTo("ajio-rec-1");
        assertThat(state.lastReconciliation().differences()).isEqualTo(2);
        assertThat(state.nextReconciliationAt()).as("the next one a day after this one ended")
                .isEqualTo(channel.calls.get(0).at().plus(Duration.ofDays(1)));
        assertThat(state.changesPushed()).isEqualTo(7);
        assertThat(state.skusPushed()).isEqualTo(3);
        assertThat(state.calls()).as("4 calls of the reconciliation, 2 of the push").isEqualTo(6);
        assertThat(state.throttled()).isEqualTo(1);
        assertThat(state.lastPushAt()).isEqualTo(channel.calls.get(1).at());
        assertThat(currentDetails()).startsWith("**" + InventorySyncWorkflow.summaryFor(AJIO) + "**")
                .contains("Mode **ALL**", "7 changes pushed as 3 figures", "6 calls", "1 throttled (429)",
                        "Last reconciliation **ajio-rec-1**: 2 differences fixed, 1 unmapped");
    }

    @Test
    void aBurstOfAThousandNudgesDuringAPushBecomesOneMorePush() throws InterruptedException {
        InventorySyncWorkflow sync = start();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        channel.holdNextPush.set(new CountDownLatch[] {entered, release});

        sync.stockChanged();
        assertThat(entered.await(20, TimeUnit.SECONDS)).as("the first nudge started a push").isTrue();
        for (int i = 0; i < 999; i++) {
            sync.stockChanged();
        }
        release.countDown();
        env.sleep(Duration.ofSeconds(5));

        assertThat(channel.pushes()).as("the first cycle's push, the one the first nudge started, one for the 999")
                .hasSize(3);
        assertThat(channel.pushes()).allMatch(p -> p.at().isBefore(startedAt.plus(SWEEP)), "before any sweep");
    }

    @Test
    void aPushStepLostInTheMiddleOfItsBatchIsSentAgainAndCountedOnce() {
        InventorySyncWorkflow sync = start();
        long pushedBefore = sync.state().changesPushed();
        long callsBefore = sync.state().calls();
        channel.losePushes.set(2);

        sync.stockChanged();
        env.sleep(Duration.ofSeconds(10));

        // The changes stay in the database until the channel accepted their figures: the retry sends them again.
        assertThat(channel.calls).extracting(Call::what).containsSubsequence("push lost", "push lost", "push");
        assertThat(sync.state().changesPushed()).as("only the step that went through counts")
                .isEqualTo(pushedBefore + 7);
        assertThat(sync.state().calls()).isEqualTo(callsBefore + 2);
        assertThat(status()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThat(currentDetails()).doesNotContain("Last problem");
    }

    @Test
    void changesLeftAfterAStepArePushedAgainAtOnce() {
        channel.more.addAll(List.of(true, true, false));

        InventorySyncWorkflow sync = start();

        assertThat(channel.pushes()).hasSize(3)
                .allMatch(p -> p.at().isBefore(startedAt.plusSeconds(5)), "one after the other, no wait between");
        assertThat(sync.state().changesPushed()).isEqualTo(21);
        assertThat(sync.state().skusPushed()).isEqualTo(9);
        assertThat(sync.state().throttled()).isEqualTo(3);
    }

    @Test
    void eachCallGoesNotBeforeTheSlotTheLastCallWasGiven() {
        channel.more.addAll(List.of(true, false));
        InventorySyncWorkflow sync = start();
        sync.stockChanged();
        env.sleep(SWEEP.multipliedBy(2).plusSeconds(10));

        assertThat(channel.calls).hasSizeGreaterThanOrEqualTo(5);
        assertThat(channel.calls.get(0).notBefore()).as("a new sync may call at once")
                .isBetween(startedAt, channel.calls.get(0).at());
        for (int i = 1; i < channel.calls.size(); i++) {
            assertThat(channel.calls.get(i).notBefore()).as("call %d", i)
                    .isEqualTo(channel.calls.get(i - 1).answeredNotBefore());
        }
        assertThat(sync.state().nextCallNotBefore()).isEqualTo(channel.calls.get(channel.calls.size() - 1)
                .answeredNotBefore());
    }

    @Test
    void theSweepPushesEvenWithoutANudge() {
        start();
        env.sleep(SWEEP.multipliedBy(3).plusSeconds(20));

        List<Call> pushes = channel.pushes();
        assertThat(pushes).as("the first cycle's and three sweeps'").hasSize(4);
        for (int i = 1; i < pushes.size(); i++) {
            assertThat(Duration.between(pushes.get(i - 1).at(), pushes.get(i).at()))
                    .isBetween(SWEEP, SWEEP.plusSeconds(2));
        }
    }

    @Test
    void theScheduledReconciliationRunsEveryReconcileEveryAndNeverSooner() {
        Duration every = Duration.ofMinutes(10);
        InventorySyncWorkflow sync = start(tuning(every, 500));
        sync.stockChanged();
        env.sleep(Duration.ofMinutes(25));

        List<Call> reconciliations = channel.reconciliations();
        assertThat(reconciliations).extracting(Call::reconciliationId)
                .containsExactly("ajio-rec-1", "ajio-rec-2", "ajio-rec-3");
        for (int i = 1; i < reconciliations.size(); i++) {
            assertThat(Duration.between(reconciliations.get(i - 1).at(), reconciliations.get(i).at()))
                    .isBetween(every, every.plusSeconds(2));
        }
        assertThat(channel.pushes()).as("the sweeps went on between them").hasSizeGreaterThan(20);
        assertThat(sync.state().reconciliations()).isEqualTo(3);
    }

    @Test
    void reconcileNowAnswersTheIdOfTheReconciliationItStarted() {
        InventorySyncWorkflow sync = start();

        String id = sync.reconcileNow("support@vmsflow.local");
        env.sleep(Duration.ofSeconds(5));

        assertThat(id).isEqualTo("ajio-rec-2");
        assertThat(channel.reconciliations()).extracting(Call::reconciliationId)
                .containsExactly("ajio-rec-1", "ajio-rec-2");
        assertThat(channel.reconciliations().get(1).at()).isBefore(startedAt.plus(SWEEP));
        assertThat(channel.calls.get(channel.calls.size() - 1).what()).as("then it pushes").isEqualTo("push");
        assertThat(sync.state().reconciliations()).isEqualTo(2);
        assertThat(sync.state().lastReconciliation().reconciliationId()).isEqualTo("ajio-rec-2");
    }

    @Test
    void goingLiveFromZeroToAllReconcilesTheChannelUnderEachMode() {
        InventorySyncWorkflow sync = start();

        GoLive zero = sync.goLive(GoLive.of(GoLiveMode.ZERO));
        env.sleep(Duration.ofSeconds(5));
        assertThat(zero).isEqualTo(GoLive.of(GoLiveMode.ZERO));
        assertThat(channel.reconciliations()).extracting(Call::reconciliationId, Call::mode)
                .containsExactly(tuple("ajio-rec-1", GoLiveMode.ALL),
                        tuple("ajio-rec-2", GoLiveMode.ZERO));
        assertThat(channel.calls.get(channel.calls.size() - 1)).extracting(Call::what, Call::mode)
                .containsExactly("push", GoLiveMode.ZERO);
        assertThat(currentDetails()).contains("Mode **ZERO**");

        GoLive all = sync.goLive(GoLive.of(GoLiveMode.ALL));
        env.sleep(Duration.ofSeconds(5));
        assertThat(all).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(channel.reconciliations()).extracting(Call::reconciliationId, Call::mode)
                .endsWith(tuple("ajio-rec-3", GoLiveMode.ALL));
        assertThat(channel.reconciliations()).allMatch(r -> r.at().isBefore(startedAt.plus(SWEEP)),
                "each at once, not at the next sweep");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(sync.state().reconciliations()).isEqualTo(3);
    }

    @Test
    void aGoLiveControlThatCannotBeAppliedIsRefusedInItsOwnWordsAndChangesNothing() {
        InventorySyncWorkflow sync = start();
        List<String> tooMany = IntStream.rangeClosed(1, GoLive.MAX_ALLOW_LIST + 1).mapToObj(i -> "SKU-" + i).toList();
        List<GoLive> wrong = List.of(
                new GoLive(null, List.of()),
                new GoLive(GoLiveMode.ALLOW_LIST, List.of()),
                new GoLive(GoLiveMode.ZERO, List.of("TSHIRT-M")),
                new GoLive(GoLiveMode.ALL, List.of("TSHIRT-M")),
                new GoLive(GoLiveMode.ALLOW_LIST, tooMany),
                new GoLive(GoLiveMode.ALLOW_LIST, List.of("TSHIRT-M", " ")),
                new GoLive(GoLiveMode.ALLOW_LIST, List.of("TSHIRT-M", "TSHIRT-M")));

        List<String> answers = new ArrayList<>();
        for (GoLive control : wrong) {
            WorkflowUpdateException refused = catchThrowableOfType(WorkflowUpdateException.class,
                    () -> sync.goLive(control));
            UpdateErrors.Refusal refusal = UpdateErrors.Refusal.of(refused).orElseThrow();
            assertThat(refusal.code()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
            assertThat(refusal.message()).isEqualTo(control.problem().orElseThrow());
            answers.add(refusal.message());
        }
        env.sleep(Duration.ofSeconds(5));

        assertThat(answers).containsExactly("mode is required: ALL, ALLOW_LIST or ZERO",
                "ALLOW_LIST needs the skus it shows", "skus are for ALLOW_LIST only; ZERO shows no SKU",
                "skus are for ALLOW_LIST only; ALL shows every SKU", "an allow-list holds at most 5000 skus, not 5001",
                "skus may not be blank", "skus may not repeat");
        assertThat(sync.state().goLive()).isEqualTo(GoLive.of(GoLiveMode.ALL));
        assertThat(sync.state().reconciliations()).isEqualTo(1);
        assertThat(channel.reconciliations()).hasSize(1);
        assertThat(channel.pushes()).as("no cycle woken by a refused control").hasSize(1);
    }

    @Test
    void aRefusalOfTheChannelIsShownAndTriedAgainNextCycleNeverEndingTheSync() {
        channel.refuseReconciliations.set(1);
        InventorySyncWorkflow sync = start();

        assertThat(channel.calls).extracting(Call::what).containsExactly("reconcile refused", "push");
        assertThat(currentDetails()).contains("Last problem: reconciliation ajio-rec-1 failed",
                "Ajio answered 403 to the inventory read");
        assertThat(sync.state().reconciliations()).isZero();

        env.sleep(SWEEP);
        assertThat(channel.reconciliations()).as("tried again with the same id after a sweep, not in a loop")
                .extracting(Call::reconciliationId).containsExactly("ajio-rec-1");
        assertThat(Duration.between(channel.calls.get(0).at(), channel.reconciliations().get(0).at()))
                .isBetween(SWEEP, SWEEP.plusSeconds(2));
        assertThat(sync.state().reconciliations()).isEqualTo(1);
        assertThat(currentDetails()).doesNotContain("Last problem");

        channel.refusePushes.set(1);
        sync.stockChanged();
        env.sleep(Duration.ofSeconds(5));
        assertThat(status()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThat(currentDetails()).contains("Last problem: push failed", "Ajio answered 401: bad seller token");
        long pushedBefore = sync.state().changesPushed();

        env.sleep(SWEEP);
        assertThat(sync.state().changesPushed()).as("the next sweep pushed").isEqualTo(pushedBefore + 7);
        assertThat(currentDetails()).doesNotContain("Last problem");
        assertThat(status()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
    }

    @Test
    void continueAsNewKeepsTheCountersTheModeAndTheSummary() {
        InventorySyncWorkflow sync = start(tuning(Duration.ofHours(1), 3));
        String id = InventorySyncWorkflow.idFor(AJIO);
        WorkflowStub stub = client.newUntypedWorkflowStub(id);
        String firstRun = stub.describe().getExecution().getRunId();
        sync.goLive(GoLive.of(GoLiveMode.ZERO));
        sync.stockChanged();
        env.sleep(SWEEP.plusSeconds(30));

        var current = stub.describe();
        String secondRun = current.getExecution().getRunId();
        assertThat(secondRun).as("continued as new after 3 cycles").isNotEqualTo(firstRun);
        assertThat(client.fetchHistory(id, firstRun).getLastEvent().getEventType())
                .hasToString("EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW");
        assertThat(current.getStatus()).isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        InventorySyncWorkflow running = client.newWorkflowStub(InventorySyncWorkflow.class, id);
        InventorySyncState state = running.state();
        assertThat(state.goLive()).isEqualTo(GoLive.of(GoLiveMode.ZERO));
        assertThat(channel.reconciliations()).as("the new run does not start from a reconciliation again")
                .hasSize(2);
        assertThat(state.reconciliations()).isEqualTo(2);
        assertThat(state.lastReconciliation().reconciliationId()).isEqualTo("ajio-rec-2");
        int pushes = channel.pushes().size();
        assertThat(pushes).as("three cycles of the first run, at least one of the second").isGreaterThan(3);
        assertThat(state.changesPushed()).as("both runs' pushes").isEqualTo(7L * pushes);
        assertThat(state.calls()).isEqualTo(2L * pushes + 4L * 2);
        assertThat(current.getMemo(InventorySyncWorkflow.SUMMARY_MEMO, String.class))
                .isEqualTo(InventorySyncWorkflow.summaryFor(AJIO));
        assertThat(currentDetails()).startsWith("**" + InventorySyncWorkflow.summaryFor(AJIO) + "**")
                .contains("Mode **ZERO**", "ajio-rec-2");

        Histories.record(client, id, firstRun, "inventory-sync_demo-rms_ajio_first_run");
        Histories.record(client, id, secondRun, "inventory-sync_demo-rms_ajio_continued_as_new");
    }
}
