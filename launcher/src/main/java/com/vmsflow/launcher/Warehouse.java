package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A warehouse (and a seller) working through the gateway's API like a real one: it lists the orders released for
 * picking and packs them, lists the packed ones and hands them over in batches; the orders it is told to cancel
 * it cancels as the seller while they are PROCESSING. Calls that fail (a worker down, a timeout) are simply tried
 * again on the next round: every call it makes is idempotent.
 */
public final class Warehouse implements AutoCloseable {

    private static final int HANDOVER_BATCH = 200;

    private final GatewayClient gateway;
    private final List<String> clients;
    private final Set<String> cancelWhileProcessing = ConcurrentHashMap.newKeySet();
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private final Set<String> handedOver = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger handovers = new AtomicInteger();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private Thread thread;

    public Warehouse(GatewayClient gateway, List<String> clients, Set<String> cancelWhileProcessing) {
        this.gateway = gateway;
        this.clients = List.copyOf(clients);
        this.cancelWhileProcessing.addAll(cancelWhileProcessing);
    }

    /** More orders the seller will cancel once they are PROCESSING. */
    public void cancelWhileProcessing(Set<String> orderIds) {
        cancelWhileProcessing.addAll(orderIds);
    }

    public Warehouse start() {
        running.set(true);
        thread = new Thread(this::work, "warehouse");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Handovers made, and calls that failed and were tried again later. */
    public Map<String, Integer> figures() {
        return Map.of("handovers", handovers.get(), "retriedCalls", failedCalls.get());
    }

    private void work() {
        while (running.get()) {
            for (String client : clients) {
                try {
                    packOrCancel(client);
                    handOver(client);
                } catch (RuntimeException e) {
                    failedCalls.incrementAndGet();
                }
            }
            pause();
        }
    }

    private void packOrCancel(String client) {
        for (String orderId : orderIds(client, "PROCESSING")) {
            if (done.contains(orderId)) {
                continue;
            }
            Answer answer;
            if (cancelWhileProcessing.contains(orderId)) {
                answer = gateway.post("dev-seller-" + client, "/v1/clients/" + client + "/orders/" + orderId
                        + "/cancellations", Map.of("kind", "FULL", "reason", "the seller cancelled it"));
            } else {
                Answer order = gateway.get("dev-warehouse-" + client, "/v1/clients/" + client + "/orders/" + orderId);
                if (!order.ok()) {
                    failedCalls.incrementAndGet();
                    continue;
                }
                answer = gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/orders/" + orderId
                        + "/pack", Map.of("lines", packAll(order.body())));
            }
            if (answer.ok()) {
                done.add(orderId);
            } else {
                failedCalls.incrementAndGet();
            }
        }
    }

    private void handOver(String client) {
        List<String> packed = orderIds(client, "PACKED").stream().filter(id -> !handedOver.contains(id)).toList();
        for (int from = 0; from < packed.size(); from += HANDOVER_BATCH) {
            List<String> batch = packed.subList(from, Math.min(packed.size(), from + HANDOVER_BATCH));
            String handoverId = "H-" + client + "-" + handovers.incrementAndGet();
            Answer answer = gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/handovers",
                    Map.of("handoverId", handoverId, "courier", "Delhivery", "orderIds", batch));
            if (answer.ok()) {
                handedOver.addAll(batch);
            } else {
                failedCalls.incrementAndGet();
                // Orders another handover of ours already claimed are on their way.
                answer.body().path("details").fieldNames().forEachRemaining(handedOver::add);
            }
        }
    }

    private List<String> orderIds(String client, String status) {
        return gateway.orderIds(client, status, failedCalls::incrementAndGet);
    }

    private static List<Map<String, Object>> packAll(JsonNode order) {
        Map<String, Integer> openBySku = new LinkedHashMap<>();
        for (JsonNode line : order.path("lines")) {
            openBySku.merge(line.path("sku").asText(), line.path("ordered").asInt() - line.path("cancelled").asInt(),
                    Integer::sum);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        openBySku.forEach((sku, open) -> {
            if (open > 0) {
                lines.add(Map.of("sku", sku, "packed", open, "notFound", 0, "damaged", 0));
            }
        });
        return lines;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
