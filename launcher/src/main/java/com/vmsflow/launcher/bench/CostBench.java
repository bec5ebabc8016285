package com.vmsflow.launcher.bench;

import com.vmsflow.handover.HandoverWorkflow;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.order.ForwardOrderWorkflow;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Measurement 4: one order of each flow variant through the real system, driven through the gateway like the demo,
 * then its history fetched and counted. The happy paths' histories are also the floor's shape.
 */
final class CostBench {

    /** A variant's cost, and its order's history. */
    record Variant(String name, String clientId, String orderId, HistoryCost cost, List<HistoryEvent> history,
                   HistoryCost handover, int handoverOrders) {
    }

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final java.util.Set<String> CLOSED = java.util.Set.of("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED",
            "EVENT_TYPE_WORKFLOW_EXECUTION_FAILED", "EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT",
            "EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED", "EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED",
            "EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW");

    private final Bench bench;

    CostBench(Bench bench) {
        this.bench = bench;
    }

    Map<String, Variant> run() {
        Map<String, Supplier<Variant>> flows = new LinkedHashMap<>();
        flows.put("RMS happy path", () -> happy(Bench.RMS, "cost-rms"));
        flows.put("ERP happy path", () -> happy(Bench.ERP, "cost-erp"));
        flows.put("customer cancels in the hold", this::customerCancelsInHold);
        flows.put("not found at packing (RMS)", this::notFoundAtPacking);
        Map<String, CompletableFuture<Variant>> running = new LinkedHashMap<>();
        flows.forEach((name, flow) -> running.put(name, CompletableFuture.supplyAsync(() -> {
            Variant v = flow.get();
            return new Variant(name, v.clientId(), v.orderId(), v.cost(), v.history(), v.handover(),
                    v.handoverOrders());
        })));
        Map<String, Variant> variants = new LinkedHashMap<>();
        running.forEach((name, future) -> variants.put(name, future.join()));
        variants.values().forEach(v -> bench.progress("cost %s: %d events, %d actions (essential %d): %s",
                v.name(), v.cost().events(), v.cost().actions(), v.cost().essential(), v.cost().breakdown()));
        return variants;
    }

    private Variant happy(String client, String tag) {
        String order = bench.sandbox.createOrder(client, Bench.line("AJ-TEE-M", 1)).orderId();
        bench.awaitOne(client, order, "PROCESSING", WAIT);
        pack(client, order, List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0)));
        return finish(client, order, tag, "COMPLETED");
    }

    private Variant notFoundAtPacking() {
        String order = bench.sandbox.createOrder(Bench.RMS, Bench.line("AJ-TEE-M", 2)).orderId();
        bench.awaitOne(Bench.RMS, order, "PROCESSING", WAIT);
        pack(Bench.RMS, order, List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 1, "damaged", 0)));
        return finish(Bench.RMS, order, "cost-nf", "COMPLETED");
    }

    private Variant customerCancelsInHold() {
        String order = bench.sandbox.createOrder(Bench.PARK, Bench.line("AJ-TEE-M", 1)).orderId();
        bench.awaitOne(Bench.PARK, order, "FULFILLABLE", WAIT);
        bench.sandbox.customerCancellation(Bench.PARK, order, null);
        bench.awaitOne(Bench.PARK, order, "CANCELLED", WAIT);
        return new Variant("", Bench.PARK, order, count(ForwardOrderWorkflow.idFor(Bench.PARK, order)),
                history(ForwardOrderWorkflow.idFor(Bench.PARK, order)), null, 0);
    }

    private void pack(String client, String order, List<Map<String, Object>> lines) {
        Answer answer = bench.gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/orders/" + order
                + "/pack", Map.of("lines", lines));
        if (answer.status() != 202) {
            throw new IllegalStateException("pack of " + order + " answered " + answer.status() + " " + answer.text());
        }
    }

    private Variant finish(String client, String order, String tag, String status) {
        bench.awaitOne(client, order, "PACKED", WAIT);
        String handoverId = "H-" + tag + "-" + order;
        Answer answer = bench.gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/handovers",
                Map.of("handoverId", handoverId, "courier", "Delhivery", "orderIds", List.of(order)));
        if (!answer.ok()) {
            throw new IllegalStateException("handover of " + order + " answered " + answer.status() + " "
                    + answer.text());
        }
        bench.awaitOne(client, order, status, WAIT);
        String id = ForwardOrderWorkflow.idFor(client, order);
        return new Variant("", client, order, count(id), history(id),
                count(HandoverWorkflow.idFor(client, handoverId)), 1);
    }

    private List<HistoryEvent> history(String workflowId) {
        // The order's last status is written by a local activity before the workflow task completes: wait for the
        // execution to close so the history is whole.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<HistoryEvent> events = bench.stack.workflows().fetchHistory(workflowId).getEvents();
            String last = events.get(events.size() - 1).getEventType().name();
            if (CLOSED.contains(last) || System.nanoTime() > deadline) {
                return events;
            }
            Bench.sleep(100);
        }
    }

    private HistoryCost count(String workflowId) {
        return HistoryCost.of(history(workflowId));
    }
}
