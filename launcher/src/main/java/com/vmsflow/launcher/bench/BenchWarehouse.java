package com.vmsflow.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bench's warehouse: like {@link com.vmsflow.launcher.Warehouse} it works through the gateway's API only (lists
 * PROCESSING orders and packs them, lists PACKED ones and hands them over), but it knows the lines of the orders it
 * was given, so it packs without reading each order first (a GET is a Temporal query), packs several orders at once,
 * and hands over 250 orders a call (one Ajio manifest).
 */
final class BenchWarehouse implements AutoCloseable {

    private static final int HANDOVER_BATCH = 250;
    private static final int PACKERS = 8;

    private final GatewayClient gateway;
    private final String client;
    private final Map<String, String> skuByOrder;
    private final Set<String> packed = ConcurrentHashMap.newKeySet();
    private final Set<String> handedOver = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger handovers = new AtomicInteger();
    private final ExecutorService packers = Executors.newFixedThreadPool(PACKERS, daemon("bench-packer"));
    private final Thread packing;
    private final Thread handing;
    private final String tag;

    BenchWarehouse(GatewayClient gateway, String client, Map<String, String> skuByOrder, String tag) {
        this.gateway = gateway;
        this.client = client;
        this.skuByOrder = skuByOrder;
        this.tag = tag;
        this.packing = daemon("bench-warehouse-pack").newThread(this::packLoop);
        this.handing = daemon("bench-warehouse-handover").newThread(this::handoverLoop);
        packing.start();
        handing.start();
    }

    int failures() {
        return failures.get();
    }

    private void packLoop() {
        while (running.get()) {
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (String id : ids("PROCESSING")) {
                    String sku = skuByOrder.get(id);
                    if (sku == null || !packed.add(id)) {
                        continue;
                    }
                    calls.add(packers.submit(() -> pack(id, sku)));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
                if (calls.isEmpty()) {
                    Bench.sleep(150);
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                Bench.sleep(150);
            }
        }
    }

    private void pack(String id, String sku) {
        Answer answer = gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/orders/" + id + "/pack",
                Map.of("lines", List.of(Map.of("sku", sku, "packed", 1, "notFound", 0, "damaged", 0))));
        if (!answer.ok()) {
            failures.incrementAndGet();
            packed.remove(id);
        }
    }

    private void handoverLoop() {
        while (running.get()) {
            try {
                List<String> ready = ids("PACKED").stream()
                        .filter(id -> skuByOrder.containsKey(id) && !handedOver.contains(id)).toList();
                for (int from = 0; from < ready.size(); from += HANDOVER_BATCH) {
                    List<String> batch = ready.subList(from, Math.min(ready.size(), from + HANDOVER_BATCH));
                    Answer answer = gateway.post("dev-warehouse-" + client, "/v1/clients/" + client + "/handovers",
                            Map.of("handoverId", "HB-" + tag + "-" + handovers.incrementAndGet(),
                                    "courier", "Delhivery", "orderIds", batch));
                    if (answer.ok()) {
                        handedOver.addAll(batch);
                    } else {
                        failures.incrementAndGet();
                        answer.body().path("details").fieldNames().forEachRemaining(handedOver::add);
                    }
                }
                if (ready.isEmpty()) {
                    Bench.sleep(250);
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                Bench.sleep(250);
            }
        }
    }

    private List<String> ids(String status) {
        return gateway.orderIds(client, status, failures::incrementAndGet);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        running.set(false);
        try {
            packing.join(5_000);
            handing.join(25_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        packers.shutdownNow();
    }
}
