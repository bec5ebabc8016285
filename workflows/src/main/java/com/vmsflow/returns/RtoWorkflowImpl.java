package com.vmsflow.returns;

import static com.vmsflow.ajio.AjioActivities.AJIO;
import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.returns.ReturnActivities.RETURNS;

import com.vmsflow.flow.IdempotencyKeys;
import com.vmsflow.flow.Progress;
import com.vmsflow.flow.Waits.Timers;
import com.vmsflow.flow.Waits;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks Ajio for an RTO expectation and waits for it, asking again after a while; an expectation that arrived
 * before the receipt is found at once and Ajio is not asked at all. The receipt then goes to the return.
 */
public class RtoWorkflowImpl implements RtoWorkflow {

    private final Waits waits = Waits.with(Timers.SDK_AWAIT);
    private final Progress<Void> progress = Progress.describedBy(this::details);
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
        waits.upTo(Duration.ofDays(1), "Waiting for the RTO's receipt", () -> receipt != null);
        if (receipt == null) {
            return state();
        }
        returnId = RETURNS.step("Look for the order's RTO expectation").findRtoReturn(request.clientId(),
                request.orderId());
        while (returnId == null) {
            askAjio();
            progress.moved(null);
            waits.upTo(request.askAgainAfter(), "Waiting for the RTO expectation on Ajio's returns feed",
                    () -> arrived != null);
            returnId = arrived != null ? arrived : RETURNS.step("Look for the order's RTO expectation")
                    .findRtoReturn(request.clientId(), request.orderId());
        }
        RETURNS.step("Hand the receipt to return " + returnId).deliverReceipt(request.clientId(), returnId, receipt);
        delivered = true;
        progress.moved(null);
        return state();
    }

    private void askAjio() {
        var items = RETURNS.step("Map the RTO's SKUs to Ajio's").rtoItems(request.clientId(), request.orderId(),
                receipt.items());
        AJIO.step("Ask Ajio to generate the RTO of order " + request.orderId())
                .requestRto(request.marketplaceAccount(), request.orderId(), items, IdempotencyKeys.next());
        timesAsked++;
        lastAsked = now();
    }

    private String details() {
        return delivered ? "The receipt went to return **" + returnId + "**"
                : "Asked Ajio **" + timesAsked + "** time(s) for the RTO expectation of order " + request.orderId()
                        + "; waiting for it on the returns feed";
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
