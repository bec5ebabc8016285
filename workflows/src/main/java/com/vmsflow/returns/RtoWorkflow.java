package com.vmsflow.returns;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * An RTO that reached the warehouse with no return expectation (seed 000: "Ajio VMS RTO Generation"): Ajio is asked
 * to generate one, and once it arrives the warehouse's receipt goes to that return. Started with
 * signal-with-start from {@code POST /rto-receipts}, one per order.
 */
@WorkflowInterface
public interface RtoWorkflow {

    static String idFor(String clientId, String orderId) {
        return "rto:" + clientId + ":" + orderId;
    }

    @WorkflowMethod
    RtoState run(RtoRequest request);

    @QueryMethod
    RtoState state();

    /** The warehouse's receipt of the RTO (the signal of the signal-with-start). */
    @SignalMethod
    void receiptArrived(ReturnReceipt receipt);

    /** Ajio's RTO expectation for the order arrived on the returns feed. */
    @SignalMethod
    void expectationArrived(String returnId);
}
