package com.vmsflow.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.UpdateErrors;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An RTO receipt handed to its return: refused as NOT_AWAITING while the return still checks Ajio's expectation, it is
 * retried, even when the check ended between the refusal and the activity's look at the return (the race that
 * refused an RTO receipt for good under load); refused by a return that has moved on, it is refused for good.
 */
class DeliverRtoReceiptTest {

    private static final ReturnReceipt RECEIPT = new ReturnReceipt(List.of(new ReceivedItem("TEE-M", 1, QcResult.PASS)));

    private TestWorkflowEnvironment env;
    private ReturnActivitiesImpl activities;

    @BeforeEach
    void start() {
        env = TestWorkflowEnvironment.newInstance();
        for (Class<? extends ReturnWorkflow> standIn : List.of(CheckedBetweenRefusalAndLook.class, MovedOn.class)) {
            Worker worker = env.newWorker(standIn.getSimpleName());
            worker.registerWorkflowImplementationTypes(standIn);
        }
        env.start();
        activities = new ReturnActivitiesImpl(env.getWorkflowClient(), null);
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void aReturnThatFinishedItsCheckJustAfterRefusingIsAskedAgain() {
        startReturn(CheckedBetweenRefusalAndLook.class, "R1");

        ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
                () -> activities.deliverReceipt("c", "R1", RECEIPT));

        assertThat(failure.getType()).isEqualTo(ReturnActivitiesImpl.NOT_READY);
        assertThat(failure.isNonRetryable()).isFalse();
    }

    @Test
    void aReturnThatMovedOnRefusesTheReceiptForGood() {
        startReturn(MovedOn.class, "R2");

        ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class,
                () -> activities.deliverReceipt("c", "R2", RECEIPT));

        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getMessage()).contains("refused the RTO receipt", "NOT_AWAITING");
    }

    private void startReturn(Class<? extends ReturnWorkflow> type, String returnId) {
        WorkflowClient client = env.getWorkflowClient();
        ReturnWorkflow ret = client.newWorkflowStub(ReturnWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(type.getSimpleName()).setWorkflowId(ReturnWorkflow.idFor("c", returnId)).build());
        WorkflowClient.start(ret::run, (NewReturn) null);
    }

    /** Stand-ins that refuse every receipt, each showing the state the activity then looks at. */
    public abstract static class StandIn implements ReturnWorkflow {
        @Override
        public ReturnState run(NewReturn input) {
            Workflow.await(() -> false);
            return state();
        }

        @Override
        public ReturnState receive(ReturnReceipt receipt) {
            throw new IllegalStateException("never accepted");
        }

        @Override
        public void validateReceive(ReturnReceipt receipt) {
            throw UpdateErrors.notAwaiting("the return is " + state().status());
        }

        @Override
        public ReturnState submitCreditNote(EInvoice creditNote) {
            throw new IllegalStateException("not used");
        }

        @Override
        public void validateCreditNote(EInvoice creditNote) {
        }

        @Override
        public ReturnState support(com.vmsflow.flow.SupportRequest request) {
            throw new IllegalStateException("not used");
        }

        @Override
        public void validateSupport(com.vmsflow.flow.SupportRequest request) {
        }
    }

    /** Still EXPECTED, with its lines known: Ajio's expectation was checked just after the refusal. */
    public static class CheckedBetweenRefusalAndLook extends StandIn {
        @Override
        public ReturnState state() {
            ReturnState state = new ReturnState();
            state.lines(List.of(new ReturnLine("L1", "AJ-TEE-M", "TEE-M", 1, new BigDecimal("499.00"),
                    new BigDecimal("5"), "6109")));
            return state;
        }
    }

    /** Received already: a second receipt has nothing to go to. */
    public static class MovedOn extends StandIn {
        @Override
        public ReturnState state() {
            ReturnState state = new ReturnState();
            state.moveTo(ReturnStatus.RECEIVED, Instant.EPOCH, "received");
            return state;
        }
    }
}
