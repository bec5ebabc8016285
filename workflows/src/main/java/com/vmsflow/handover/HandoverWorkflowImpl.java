package com.vmsflow.handover;

import static com.vmsflow.ajio.AjioActivities.AJIO;
import static com.vmsflow.flow.WorkflowClock.now;

import com.vmsflow.ajio.Manifest;
import com.vmsflow.flow.Progress;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.HandedOver;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * A courier handover (BRIEF, "Forward order" step 8): one Create Manifest call to Ajio per 250 shipments of the
 * batch, then every order of each manifest hears that it is handed over. Orders on a B2B2C partner's account go on
 * manifests of that account, after the client's own.
 */
public class HandoverWorkflowImpl implements HandoverWorkflow {

    private final List<Manifest> manifests = new ArrayList<>();
    private final Progress<Void> progress = Progress.describedBy(this::details);
    private HandoverRequest request;
    private int manifestsToMake;
    private boolean complete;

    @Override
    public HandoverResult run(HandoverRequest request) {
        this.request = request;
        List<List<String>> batches = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        request.ordersByAccount().forEach((account, orderIds) -> batchesOf(orderIds).forEach(batch -> {
            batches.add(batch);
            accounts.add(account);
        }));
        manifestsToMake = batches.size();
        for (int i = 0; i < batches.size(); i++) {
            List<String> shipments = batches.get(i);
            Manifest manifest = AJIO.step("Create Ajio manifest " + (i + 1) + " of " + batches.size() + " ("
                    + shipments.size() + " shipments" + (accounts.get(i).equals(request.clientId()) ? ""
                    : ", partner " + accounts.get(i)) + ")").createManifest(accounts.get(i), request.handoverId(),
                    request.courier(), shipments, request.handoverId() + "/" + (i + 1));
            manifests.add(manifest);
            tellOrders(manifest);
            progress.moved(null);
        }
        complete = true;
        return progress();
    }

    @Override
    public HandoverResult progress() {
        return new HandoverResult(request == null ? null : request.handoverId(),
                request == null ? null : request.courier(), manifests, complete);
    }

    private void tellOrders(Manifest manifest) {
        HandedOver handedOver = new HandedOver(request.handoverId(), manifest.manifestId(), request.courier(),
                now());
        List<Promise<Void>> signals = new ArrayList<>();
        for (String orderId : manifest.shipmentIds()) {
            ForwardOrderWorkflow order = Workflow.newExternalWorkflowStub(ForwardOrderWorkflow.class,
                    ForwardOrderWorkflow.idFor(request.clientId(), orderId));
            signals.add(Async.procedure(order::handedOver, handedOver));
        }
        Promise.allOf(signals).get();
    }

    private String details() {
        return "Courier **" + request.courier() + "**: " + manifests.size() + " of " + manifestsToMake
                + " manifests made (" + request.orderIds().size() + " orders)";
    }

    static List<List<String>> batchesOf(List<String> orderIds) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < orderIds.size(); from += Manifest.MAX_SHIPMENTS) {
            batches.add(List.copyOf(orderIds.subList(from, Math.min(orderIds.size(), from + Manifest.MAX_SHIPMENTS))));
        }
        return batches;
    }
}
