package com.vmsflow.returns;

import static com.vmsflow.temporal.Steps.returns;

import com.vmsflow.ajio.AjioActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks Ajio for an RTO expectation and waits for it, asking again after a while; an expectation that arrived
 * before the receipt is found at once and Ajio is not asked at all. The receipt then goes to the return.
 */
public class RtoWorkflowImpl implements RtoWorkflow {

    private RtoRequest request;
    private ReturnReceipt receipt;
    private String arrived;
    private int timesAsked;
    private Instant lastAsked;
    private String returnId;
    private boolean delivered;

    @Override
    public RtoState run(RtoRequest request) {
        this.request = request;
        Workflow.await(Duration.ofDays(1), () -> receipt != null);
        if (receipt == null) {
            return state();
        }
        returnId = returns("Look for the order's RTO expectation").findRtoReturn(request.clientId(),
                request.orderId());
        while (returnId == null) {
            askAjio();
            Workflow.setCurrentDetails("Asked Ajio **" + timesAsked + "** time(s) for the RTO expectation of order "
                    + request.orderId() + "; waiting for it on the returns feed");
            Workflow.await(request.askAgainAfter(), () -> arrived != null);
            returnId = arrived != null ? arrived : returns("Look for the order's RTO expectation")
                    .findRtoReturn(request.clientId(), request.orderId());
        }
        returns("Hand the receipt to return " + returnId).deliverReceipt(request.clientId(), returnId, receipt);
        delivered = true;
        Workflow.setCurrentDetails("The receipt went to return **" + returnId + "**");
        return state();
    }

    private void askAjio() {
        var items = returns("Map the RTO's SKUs to Ajio's").rtoItems(request.clientId(), request.orderId(),
                receipt.items());
        Workflow.newActivityStub(AjioActivities.class, ActivityOptions.newBuilder(AjioActivities.OPTIONS)
                        .setSummary("Ask Ajio to generate the RTO of order " + request.orderId()).build())
                .requestRto(request.clientId(), request.orderId(), items, Workflow.randomUUID().toString());
        timesAsked++;
        lastAsked = Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }

    @Override
    public RtoState state() {
        return new RtoState(request == null ? null : request.clientId(), request == null ? null : request.orderId(),
                receipt, timesAsked, lastAsked, returnId, delivered);
    }

    @Override
    public void receiptArrived(ReturnReceipt receipt) {
        if (this.receipt == null) {
            this.receipt = receipt;
        }
    }

    @Override
    public void expectationArrived(String returnId) {
        arrived = returnId;
    }
}
