package com.vmsflow.gateway.testing;

import com.vmsflow.ajio.Manifest;
import com.vmsflow.handover.HandoverRequest;
import com.vmsflow.handover.HandoverResult;
import com.vmsflow.handover.HandoverWorkflow;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the handover workflow: one manifest per 250 orders, made slowly for {@link #SLOW_COURIER}. */
public class TestHandoverWorkflow implements HandoverWorkflow {

    /** A courier whose handover takes longer than the gateway waits. */
    public static final String SLOW_COURIER = "Slow Couriers";
    public static final Duration SLOW = Duration.ofSeconds(2);

    private final HandoverRequest request;
    private final List<Manifest> manifests = new ArrayList<>();
    private boolean complete;

    @WorkflowInit
    public TestHandoverWorkflow(HandoverRequest request) {
        this.request = request;
    }

    @Override
    public HandoverResult run(HandoverRequest request) {
        if (SLOW_COURIER.equals(request.courier())) {
            Workflow.sleep(SLOW);
        }
        List<String> orders = request.orderIds();
        for (int from = 0; from < orders.size(); from += Manifest.MAX_SHIPMENTS) {
            manifests.add(new Manifest("MF-" + request.handoverId() + "-" + (manifests.size() + 1),
                    orders.subList(from, Math.min(orders.size(), from + Manifest.MAX_SHIPMENTS))));
        }
        complete = true;
        return progress();
    }

    @Override
    public HandoverResult progress() {
        return new HandoverResult(request.handoverId(), request.courier(), manifests, complete);
    }
}
