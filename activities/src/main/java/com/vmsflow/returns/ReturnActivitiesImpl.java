package com.vmsflow.returns;

import com.vmsflow.ajio.B2bLine;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.RtoItem;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.LineState;
import com.vmsflow.order.OrderState;
import com.vmsflow.store.ReturnRepository;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Returns against VMS Flow's own records: the forward order's workflow (queried, within Temporal's retention) says
 * what was shipped at what price; the read model and the QC report are in PostgreSQL.
 */
public class ReturnActivitiesImpl implements ReturnActivities {

    /** A return not taking receipts yet, a moment after it started: retried. */
    static final String NOT_READY = "RETURN_NOT_READY";

    private final WorkflowClient workflows;
    private final ReturnRepository returns;

    public ReturnActivitiesImpl(WorkflowClient workflows, ReturnRepository returns) {
        this.workflows = workflows;
        this.returns = returns;
    }

    @Override
    public ExpectationCheck checkExpectation(String clientId, ReturnExpectation expectation) {
        Optional<OrderState> found = order(clientId, expectation.orderId());
        if (found.isEmpty()) {
            return refused("order " + expectation.orderId() + " is not an order of " + clientId);
        }
        OrderState order = found.get();
        if (!order.status().shipped()) {
            return refused("order " + expectation.orderId() + " was never shipped (it is " + order.status() + ")");
        }
        List<ReturnLine> lines = new ArrayList<>();
        for (ReturnItem item : expectation.items()) {
            LineState line = order.lines().stream().filter(l -> l.channelSku().equals(item.channelSku())
                    && (item.lineId() == null || l.lineId().equals(item.lineId()))).findFirst().orElse(null);
            if (line == null) {
                return refused("item " + item.channelSku() + " (line " + item.lineId() + ") is not on order "
                        + expectation.orderId());
            }
            if (item.quantity() < 1 || item.quantity() > line.open()) {
                return refused(item.quantity() + " of " + item.channelSku() + " expected back but order "
                        + expectation.orderId() + " shipped " + line.open());
            }
            B2bLine b2b = order.b2bLine(line.lineId());
            lines.add(new ReturnLine(line.lineId(), line.channelSku(), line.clientSku(), item.quantity(),
                    b2b.unitPrice(), b2b.gstRate(), b2b.hsnCode(), line.price()));
        }
        return new ExpectationCheck(null, order.b2bOrder().buyerGstin(), lines,
                order.b2b2cInvoice() == null ? null : order.b2b2cInvoice().documentNumber());
    }

    private static ExpectationCheck refused(String reason) {
        return new ExpectationCheck(reason, null, List.of());
    }

    private Optional<OrderState> order(String clientId, String orderId) {
        try {
            return Optional.of(workflows.newWorkflowStub(ForwardOrderWorkflow.class,
                    ForwardOrderWorkflow.idFor(clientId, orderId)).state());
        } catch (WorkflowNotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void recordReturn(ReturnRecord record) {
        returns.record(record);
    }

    @Override
    public void reportQcExceptions(List<QcException> exceptions) {
        returns.addQcExceptions(exceptions);
    }

    @Override
    public List<RtoItem> rtoItems(String clientId, String orderId, List<ReceivedItem> items) {
        OrderState order = order(clientId, orderId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "order " + orderId + " is not an order of " + clientId, REFUSED));
        List<RtoItem> rto = new ArrayList<>();
        for (ReceivedItem item : items) {
            String channelSku = order.linesOf(item.sku()).stream().map(LineState::channelSku).findFirst()
                    .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure("SKU " + item.sku()
                            + " is not on order " + orderId, REFUSED));
            rto.add(new RtoItem(channelSku, item.quantity()));
        }
        return rto;
    }

    @Override
    public String findRtoReturn(String clientId, String orderId) {
        return returns.rtoReturnOf(clientId, orderId).orElse(null);
    }

    /** The same receipt again is answered as the first time, so a retried delivery changes nothing. */
    @Override
    public void deliverReceipt(String clientId, String returnId, ReturnReceipt receipt) {
        ReturnWorkflow ret = workflows.newWorkflowStub(ReturnWorkflow.class, ReturnWorkflow.idFor(clientId, returnId));
        try {
            ret.receive(receipt);
        } catch (WorkflowUpdateException refused) {
            // A return that has just arrived first checks Ajio's expectation against its order, taking no receipt
            // meanwhile: a moment later it will, so this is retried rather than refused. The check may end between
            // the refusal and this look at the return: a return still EXPECTED and not refused takes it next time.
            if (UpdateErrors.Refusal.of(refused).filter(r -> r.code().equals("NOT_AWAITING")).isPresent()
                    && awaitingItsReceipt(ret)) {
                throw ApplicationFailure.newFailure("return " + returnId + " is still checking Ajio's expectation;"
                        + " the RTO receipt follows", NOT_READY);
            }
            String reason = UpdateErrors.Refusal.of(refused).map(r -> r.code() + ": " + r.message())
                    .orElse(String.valueOf(refused.getMessage()));
            throw ApplicationFailure.newNonRetryableFailure("return " + returnId + " refused the RTO receipt: "
                    + reason, REFUSED);
        }
    }

    private static boolean awaitingItsReceipt(ReturnWorkflow ret) {
        ReturnState state = ret.state();
        return state.status() == ReturnStatus.EXPECTED && state.refusal() == null;
    }
}
