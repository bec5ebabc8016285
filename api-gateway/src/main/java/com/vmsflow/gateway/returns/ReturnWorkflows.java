package com.vmsflow.gateway.returns;

import com.vmsflow.client.ReturnModel;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.returns.RtoRequest;
import com.vmsflow.returns.RtoStart;
import com.vmsflow.returns.RtoState;
import com.vmsflow.returns.RtoWorkflow;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.ReturnRow;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.workflow.Functions;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The gateway's calls to return workflows and to the RTO workflow of an order; updates run through {@link Updates}.
 */
public record ReturnWorkflows(WorkflowClient client, ReturnRepository returns, GatewayMetrics metrics,
                              Updates updates, Duration rtoAskAgainAfter) {

    /** The return: its workflow's state, or its read-model row once the workflow has passed retention. */
    public Optional<ReturnView> find(String clientId, String returnId) {
        try {
            return Optional.of(ReturnView.of(stub(clientId, returnId).state()));
        } catch (WorkflowNotFoundException e) {
            return returns.find(clientId, returnId).map(ReturnView::archived);
        }
    }

    /** The warehouse's receipt; the same receipt again, even after the return has ended, answers the same. */
    public ReturnState receive(String clientId, String returnId, String updateId, ReturnReceipt receipt) {
        try {
            return update(clientId, returnId, updateId, "receive", w -> w::receive, receipt);
        } catch (WorkflowNotFoundException e) {
            ReturnState ended = ended(clientId, returnId, "receive", e);
            if (ended.receipt() == null) {
                throw notAwaiting("receive", "return " + returnId + " is " + ended.status() + reason(ended)
                        + " and takes no receipt");
            }
            return sameOrConflict("receive", ended, receipt.sameAs(ended.receipt()),
                    "a different receipt was already taken for return " + returnId);
        }
    }

    /** The ERP's credit note; the same note again, even after the return has ended, answers the same. */
    public ReturnState submitCreditNote(String clientId, String returnId, String updateId, EInvoice note) {
        try {
            return update(clientId, returnId, updateId, "submitCreditNote", w -> w::submitCreditNote, note);
        } catch (WorkflowNotFoundException e) {
            ReturnState ended = ended(clientId, returnId, "submitCreditNote", e);
            if (ended.returnModel() != ReturnModel.CREDIT_NOTE_ERP || ended.creditNote() == null) {
                throw notAwaiting("submitCreditNote", "return " + returnId + " is " + ended.status()
                        + reason(ended) + " and takes no ERP credit note (" + ended.returnModel() + ")");
            }
            return sameOrConflict("submitCreditNote", ended, note.sameDocumentAs(ended.creditNote()),
                    "a different credit note (" + ended.creditNote().documentNumber()
                            + ") was already received for return " + returnId);
        }
    }

    /**
     * Support's action on a return (its {@code support} update), answered with the return as it stands; a return whose
     * workflow has ended takes no action (NOT_AWAITING), one never known is 404.
     */
    public ReturnState support(String clientId, String returnId, String updateId, SupportRequest request) {
        try {
            return update(clientId, returnId, updateId, "support", w -> w::support, request);
        } catch (WorkflowNotFoundException e) {
            Optional<ReturnRow> ended = returns.find(clientId, returnId);
            if (ended.isEmpty()) {
                throw e;
            }
            throw notAwaiting("support", "return " + returnId + " is " + ended.get().status()
                    + " and takes no support action");
        }
    }

    /**
     * Hands an RTO the warehouse received to the order's RTO workflow, starting it when there is none: the workflow
     * asks Ajio to generate the return and gives it the receipt. The workflow keeps the first receipt it got, so the
     * same receipt again changes nothing and a different one is a conflict; an RTO whose receipt went to its return
     * is not asked for again (a failed one may be).
     */
    public RtoReceiptView rtoReceipt(String clientId, String orderId, String partnerClientId, ReturnReceipt receipt) {
        String workflowId = RtoWorkflow.idFor(clientId, orderId);
        RtoWorkflow rto = client.newWorkflowStub(RtoWorkflow.class,
                RtoStart.options(TaskQueues.VMSFLOW, clientId, orderId));
        try {
            BatchRequest request = client.newSignalWithStartRequest();
            request.add(rto::run, new RtoRequest(clientId, orderId, rtoAskAgainAfter, partnerClientId));
            request.add(rto::receiptArrived, receipt);
            client.signalWithStart(request);
            metrics.signalSent("receiptArrived");
        } catch (WorkflowExecutionAlreadyStarted delivered) {
            // Its receipt went to the return already; the state says which receipt that was.
        }
        // The query waits for the workflow's first task: it sees the receipt the workflow kept.
        RtoState state = client.newWorkflowStub(RtoWorkflow.class, workflowId).state();
        if (state.receipt() != null && !state.receipt().sameAs(receipt)) {
            throw new ApiException(ErrorCode.CONFLICT, "a different receipt was already taken for the RTO of order "
                    + orderId + (state.returnId() == null ? "" : " (return " + state.returnId() + ")"));
        }
        return RtoReceiptView.of(orderId, state);
    }

    /**
     * Runs the update and answers the return as it stands once the update has finished: the handler only takes the
     * input, and the state the workflow reached with it (RECEIVED, the credit note taken) is what the caller wants.
     */
    private <A> ReturnState update(String clientId, String returnId, String updateId, String name,
                                   Function<ReturnWorkflow, Functions.Func1<A, ReturnState>> method, A argument) {
        ReturnWorkflow workflow = stub(clientId, returnId);
        Optional<ReturnState> outcome = updates.run(workflow, name, updateId, method, argument);
        try {
            return workflow.state();
        } catch (WorkflowNotFoundException endedMeanwhile) {
            return outcome.orElseThrow(() -> endedMeanwhile);
        }
    }

    /** The state of a return whose workflow has ended; a return never known (or long gone) is 404. */
    private ReturnState ended(String clientId, String returnId, String update, WorkflowNotFoundException e) {
        try {
            return stub(clientId, returnId).state();
        } catch (WorkflowNotFoundException gone) {
            Optional<ReturnRow> row = returns.find(clientId, returnId);
            if (row.isEmpty()) {
                throw e;
            }
            throw notAwaiting(update, "return " + returnId + " is " + row.get().status()
                    + " and takes no more input");
        }
    }

    private ReturnState sameOrConflict(String update, ReturnState ended, boolean same, String conflict) {
        if (!same) {
            metrics.updateRefused(update, ErrorCode.CONFLICT.name());
            throw new ApiException(ErrorCode.CONFLICT, conflict);
        }
        metrics.updateAccepted(update);
        return ended;
    }

    private ApiException notAwaiting(String update, String message) {
        metrics.updateRefused(update, ErrorCode.NOT_AWAITING.name());
        return new ApiException(ErrorCode.NOT_AWAITING, message);
    }

    private static String reason(ReturnState state) {
        return state.refusal() == null ? "" : " (" + state.refusal() + ")";
    }

    private ReturnWorkflow stub(String clientId, String returnId) {
        return client.newWorkflowStub(ReturnWorkflow.class, ReturnWorkflow.idFor(clientId, returnId));
    }
}
