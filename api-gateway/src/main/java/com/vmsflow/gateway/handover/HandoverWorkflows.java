package com.vmsflow.gateway.handover;

import com.vmsflow.ajio.Manifest;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.handover.HandoverRequest;
import com.vmsflow.handover.HandoverResult;
import com.vmsflow.handover.HandoverStart;
import com.vmsflow.handover.HandoverWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway's calls to handover workflows: one per handover id, started once whatever the retries. */
public record HandoverWorkflows(WorkflowClient client) {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverWorkflows.class);

    /** Where a handover's workflow stands; {@code manifests} null when they are not known. */
    public record Outcome(HandoverStatus status, List<Manifest> manifests) {

        static Outcome of(HandoverResult result, HandoverStatus status) {
            return new Outcome(status, result.manifests());
        }
    }

    /** Starts the handover's workflow; a repeat of a handover finds it started and leaves it be. */
    public void start(HandoverRequest request) {
        HandoverWorkflow workflow = client.newWorkflowStub(HandoverWorkflow.class,
                HandoverStart.options(TaskQueues.VMSFLOW, request));
        try {
            WorkflowClient.start(workflow::run, request);
        } catch (WorkflowExecutionAlreadyStarted repeat) {
            // The same handover again: its workflow is running or done.
        }
    }

    /** Waits up to {@code wait} for the handover's workflow to finish. */
    public Outcome await(String clientId, String handoverId, Duration wait) {
        try {
            return Outcome.of(untyped(clientId, handoverId)
                    .getResult(wait.toMillis(), TimeUnit.MILLISECONDS, HandoverResult.class), HandoverStatus.COMPLETED);
        } catch (TimeoutException stillRunning) {
            return new Outcome(HandoverStatus.IN_PROGRESS, null);
        } catch (WorkflowFailedException e) {
            return failed(clientId, handoverId, e);
        } catch (WorkflowNotFoundException e) {
            return new Outcome(HandoverStatus.ARCHIVED, null);
        }
    }

    /** Where the handover stands now, with the manifests made so far. */
    public Outcome current(String clientId, String handoverId) {
        WorkflowStub stub = untyped(clientId, handoverId);
        try {
            WorkflowExecutionStatus status = stub.describe().getStatus();
            return switch (status) {
                case WORKFLOW_EXECUTION_STATUS_COMPLETED ->
                        Outcome.of(stub.getResult(HandoverResult.class), HandoverStatus.COMPLETED);
                case WORKFLOW_EXECUTION_STATUS_RUNNING, WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW ->
                        Outcome.of(client.newWorkflowStub(HandoverWorkflow.class,
                                HandoverWorkflow.idFor(clientId, handoverId)).progress(), HandoverStatus.IN_PROGRESS);
                default -> new Outcome(HandoverStatus.FAILED, null);
            };
        } catch (WorkflowNotFoundException e) {
            return new Outcome(HandoverStatus.ARCHIVED, null);
        }
    }

    private static Outcome failed(String clientId, String handoverId, WorkflowFailedException e) {
        LOG.warn("handover {} of {} failed: {}", handoverId, clientId,
                e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        return new Outcome(HandoverStatus.FAILED, null);
    }

    private WorkflowStub untyped(String clientId, String handoverId) {
        return client.newUntypedWorkflowStub(HandoverWorkflow.idFor(clientId, handoverId));
    }
}
