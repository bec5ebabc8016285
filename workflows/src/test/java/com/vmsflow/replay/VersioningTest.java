package com.vmsflow.replay;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.flow.DataConverters;
import com.vmsflow.order.ForwardOrderWorkflowImpl;
import com.vmsflow.order.NewOrder;
import com.vmsflow.returns.NewReturn;
import com.vmsflow.returns.ReturnWorkflowImpl;
import com.vmsflow.sync.AjioSyncWorkflowImpl;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.workflow.WorkflowInit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changes that went in behind version markers. The relay of Ajio's returns and RSI feeds was added to the running
 * sync workflow; forward orders were made to cost fewer Temporal actions (local database steps, no 30-day timers,
 * fewer upserts); a return an outside system refuses waits for support instead of failing; an order refuses a
 * handover while it is not PACKED; the sync checks the open orders' status at Ajio; a flag keeps an order waiting for
 * support. A history recorded before each
 * change replays against today's code; the same change without the marker does not: the replay test would have
 * stopped that deploy.
 */
class VersioningTest {

    /** Today's sync with the change made naively, without {@code Workflow.getVersion}. */
    public static class SyncWithoutMarker extends AjioSyncWorkflowImpl {
        @Override
        protected boolean relaysReturnsAndRsi() {
            return true;
        }
    }

    /** Today's sync with the status check made naively: old runs check the open orders too. */
    public static class StatusCheckWithoutMarker extends AjioSyncWorkflowImpl {
        @Override
        protected boolean checksOpenOrders() {
            return true;
        }
    }

    /** The sync as it was before a credentials refusal waited for support: a poll's problem like any other. */
    public static class CredentialsRefusalAsBefore extends AjioSyncWorkflowImpl {
        @Override
        protected boolean waitsForSupportOnCredentials() {
            return false;
        }
    }

    /** Today's sync with the order-updates feed relayed naively: old runs read it too. */
    public static class OrderUpdatesWithoutMarker extends AjioSyncWorkflowImpl {
        @Override
        protected boolean relaysOrderUpdates() {
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

    /** Today's return with the change made naively: every refusal waits for support, in old returns too. */
    public static class ReturnWithoutMarker extends ReturnWorkflowImpl {
        @WorkflowInit
        public ReturnWithoutMarker(NewReturn input) {
            super(input);
        }

        @Override
        protected boolean refusalsWaitForSupport() {
            return true;
        }
    }

    /** Today's return with the restock made naively: old returns restock on replay too. */
    public static class RestockWithoutMarker extends ReturnWorkflowImpl {
        @WorkflowInit
        public RestockWithoutMarker(NewReturn input) {
            super(input);
        }

        @Override
        protected boolean restocksByQc() {
            return true;
        }
    }

    /** Today's forward order with the change made naively: every early handover refused, in old orders too. */
    public static class HandoverCheckWithoutMarker extends ForwardOrderWorkflowImpl {
        @WorkflowInit
        public HandoverCheckWithoutMarker(NewOrder order) {
            super(order);
        }

        @Override
        protected boolean refusesHandoverUnlessPacked() {
            return true;
        }
    }

    /** Today's forward order with the hold made naively: an order with a dispatch-after time ahead is held, old ones too. */
    public static class HoldWithoutMarker extends ForwardOrderWorkflowImpl {
        @WorkflowInit
        public HoldWithoutMarker(NewOrder order) {
            super(order);
        }

        @Override
        protected boolean holdsOnTheChannelsWord() {
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

    /** A sync run from before the status check of open orders (issue 16) replays; the check without its marker does not. */
    @Test
    void aSyncRunFromBeforeTheStatusCheckReplaysOnlyWithItsMarker() throws Exception {
        Worker versioned = env.newWorker("versioned-status-check");
        versioned.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);
        Worker unversioned = env.newWorker("unversioned-status-check");
        unversioned.registerWorkflowImplementationTypes(StatusCheckWithoutMarker.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history("sync_demo-erp_v2_first_run.json"),
                versioned)).doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("sync_demo-status_v3_status_checks.json"), versioned)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(history("sync_demo-erp_v2_first_run.json"),
                unversioned)).hasStackTraceContaining("NonDeterministicException");
    }

    /**
     * Issue 17: a credentials refusal waits for support. The syncs from before it (one with a refused poll of another
     * kind among them) replay against today's code, which asks the marker only at a credentials refusal; a sync that
     * began to wait for support replays against today's code, not against the code from before the change (a run
     * continued during the outage carries it in its input and needs no marker).
     */
    @Test
    void aSyncThatWaitedForSupportOnItsCredentialsReplaysOnlyWithItsMarker() throws Exception {
        Worker versioned = env.newWorker("versioned-credentials");
        versioned.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);
        Worker before = env.newWorker("credentials-as-before");
        before.registerWorkflowImplementationTypes(CredentialsRefusalAsBefore.class);

        for (String old : List.of("sync_demo-rms_v1_first_run.json", "sync_demo-status_v3_status_checks.json")) {
            assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history(old), versioned))
                    .as(old).doesNotThrowAnyException();
        }
        for (String outage : List.of("sync_demo-creds_v4_credentials_refused_first_run.json",
                "sync_demo-creds_v4_credentials_restored.json")) {
            assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history(outage), versioned))
                    .as(outage).doesNotThrowAnyException();
        }
        // The run that began the outage: the code from before shows nothing (no marker, no WaitingFor = SUPPORT).
        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(
                history("sync_demo-creds_v4_credentials_refused_first_run.json"), before))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /**
     * A sync run from before Ajio's order updates were relayed to the held orders (issue 17) replays; the relay
     * without its marker does not; a run after it replays too.
     */
    @Test
    void aSyncRunFromBeforeTheOrderUpdatesReplaysOnlyWithItsMarker() throws Exception {
        Worker versioned = env.newWorker("versioned-order-updates");
        versioned.registerWorkflowImplementationTypes(AjioSyncWorkflowImpl.class);
        Worker unversioned = env.newWorker("unversioned-order-updates");
        unversioned.registerWorkflowImplementationTypes(OrderUpdatesWithoutMarker.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("sync_demo-status_v3_status_checks.json"), versioned)).doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("sync_demo-holds_v4_order_updates.json"), versioned)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(
                history("sync_demo-status_v3_status_checks.json"), unversioned))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /** A return whose QC Ajio refused, recorded when a refusal still failed the return. */
    private static WorkflowExecutionHistory returnFailedByARefusal() throws Exception {
        return history("return_demo-erp_qc-refused-fails_before-refusals-wait-for-support.json");
    }

    @Test
    void aReturnARefusalFailedBeforeReplaysAgainstTheSupportGateAndOneThatWaitedForSupportToo() throws Exception {
        Worker worker = env.newWorker("versioned-return");
        worker.registerWorkflowImplementationTypes(ReturnWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(returnFailedByARefusal(), worker))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("return_demo-erp_qc-refused-support-retries.json"), worker)).doesNotThrowAnyException();
    }

    @Test
    void theSupportGateWithoutTheMarkerFailsTheReplayOfAReturnARefusalFailed() throws Exception {
        Worker worker = env.newWorker("unversioned-return");
        worker.registerWorkflowImplementationTypes(ReturnWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(returnFailedByARefusal(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /** A return received (one item, PASS) before its items went back into stock by their QC. */
    private static WorkflowExecutionHistory returnReceivedBeforeTheRestock() throws Exception {
        return history("return_demo-rms_R3.json");
    }

    @Test
    void aReturnReceivedBeforeTheRestockReplaysAgainstItAndOneThatRestockedToo() throws Exception {
        Worker worker = env.newWorker("versioned-restock");
        worker.registerWorkflowImplementationTypes(ReturnWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(returnReceivedBeforeTheRestock(), worker))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history("return_demo-rms_R-RESTOCK.json"),
                worker)).doesNotThrowAnyException();
    }

    @Test
    void theRestockWithoutTheMarkerFailsTheReplayOfAReturnReceivedBeforeIt() throws Exception {
        Worker worker = env.newWorker("unversioned-restock");
        worker.registerWorkflowImplementationTypes(RestockWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(returnReceivedBeforeTheRestock(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /** An order that took a handover signalled while it was PROCESSING, recorded before the order checked. */
    private static WorkflowExecutionHistory orderThatTookAnEarlyHandover() throws Exception {
        return history("order_demo-rms_early-handover-taken_before-handover-only-when-packed_fewer-actions.json");
    }

    @Test
    void anOrderThatTookAnEarlyHandoverReplaysAgainstTheCheckAndOneThatRefusedItToo() throws Exception {
        Worker worker = env.newWorker("versioned-handover");
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(orderThatTookAnEarlyHandover(), worker))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("order_demo-rms_early-handover-refused_fewer-actions.json"), worker))
                .doesNotThrowAnyException();
    }

    @Test
    void theHandoverCheckWithoutTheMarkerFailsTheReplayOfAnOrderThatTookAnEarlyHandover() throws Exception {
        Worker worker = env.newWorker("unversioned-handover");
        worker.registerWorkflowImplementationTypes(HandoverCheckWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(orderThatTookAnEarlyHandover(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }

    /** Order FE-FLAG, flagged then invoiced by the ERP, recorded when the invoice moved it to the warehouse's queue. */
    private static WorkflowExecutionHistory flaggedOrderThatMovedOn() throws Exception {
        return history("order_demo-erp_flagged-partial-then-erp-invoice_before-flag-keeps-support-waiting"
                + "_fewer-actions.json");
    }

    /**
     * A flag keeping the order waiting for support changes what its state, search attributes and read-model row say,
     * not which commands it makes. It went in behind a marker so an order flagged before it, rebuilt on replay, says
     * what it said and published then: runs from before it and after it replay. (As with the summary above, the SDK
     * does not compare an upsert's attributes on replay, so the same change without the marker would replay too.)
     */
    @Test
    void aFlaggedOrderThatMovedOnBeforeTheFlagRuleReplaysAgainstItAndOneThatStayedWithSupportToo() throws Exception {
        Worker worker = env.newWorker("versioned-flag");
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(flaggedOrderThatMovedOn(), worker))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(
                history("order_demo-erp_flagged-partial-then-erp-invoice_fewer-actions.json"), worker))
                .doesNotThrowAnyException();
    }

    /** Order OH1, whose dispatch-after time was ahead, recorded on code that did not hold it: released at once. */
    private static WorkflowExecutionHistory orderNotHeldBeforeTheHold() throws Exception {
        return history("order_demo-rms_dispatch-after-not-held_before-onhold-until-the-channel-says.json");
    }

    @Test
    void anOrderReleasedDespiteItsDispatchAfterTimeBeforeTheHoldReplaysAgainstItAndAHeldOneToo() throws Exception {
        Worker worker = env.newWorker("versioned-hold");
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class);

        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(orderNotHeldBeforeTheHold(), worker))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history("order_demo-rms_OH1.json"), worker))
                .doesNotThrowAnyException();
    }

    @Test
    void theHoldWithoutTheMarkerFailsTheReplayOfAnOrderReleasedBeforeIt() throws Exception {
        Worker worker = env.newWorker("unversioned-hold");
        worker.registerWorkflowImplementationTypes(HoldWithoutMarker.class);

        assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(orderNotHeldBeforeTheHold(), worker))
                .hasStackTraceContaining("NonDeterministicException");
    }
}
