package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Puts orders through every flow of VMS Flow the way its users do: Ajio's orders and cancellations come from the
 * sandbox, the warehouse and the seller act through the gateway's API with their development keys, and the ERP
 * (the sandbox's) answers postings with e-invoices. The flows run side by side; each ends in a status the seeds
 * predict, which the summary compares.
 */
public record Demo(GatewayClient gateway, SandboxClient sandbox, PrintStream out, Duration timeout) {

    /** What one flow expected of one order, and what happened. */
    public record Outcome(String flow, String clientId, String orderId, String expected, String actual,
                          String note) {

        public boolean ok() {
            return expected.equals(actual);
        }
    }

    static final String ERP = "demo-erp";
    static final String RMS = "demo-rms";
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    // The other groups of flows (DemoFlows) use the same clients and wait as long.

    /** Every flow of the demo, by name, as the summary lists them. */
    private Map<String, Flow> flows() {
        Map<String, Flow> flows = new LinkedHashMap<>();
        flows.put("RMS · happy path", this::rmsHappyPath);
        flows.put("RMS · one handover, three orders, one manifest", this::rmsBatchHandover);
        flows.put("RMS · customer cancels all in the hold", c -> customerCancelsAll(RMS, c));
        flows.put("RMS · customer cancels part in the hold", this::rmsCustomerCancelsPart);
        flows.put("RMS · item not found at packing", this::rmsNotFoundAtPacking);
        flows.put("RMS · unmapped SKU: FAILED, then mapped", this::rmsFailedThenMapped);
        flows.put("RMS · no stock: UNFULFILLABLE, then stocked", this::rmsUnfulfillableThenStocked);
        flows.put("RMS · seller cancels while PROCESSING", c -> sellerCancelsWhileProcessing(RMS,
                line("AJ-KURTA-L", 2, "1299.00"), "the seller cancelled it while PROCESSING",
                "cancelled at Ajio by the seller", c));
        flows.put("ERP · happy path (ERP's e-invoice)", this::erpHappyPath);
        flows.put("ERP · customer cancels all in the hold", c -> customerCancelsAll(ERP, c));
        flows.put("ERP · seller full cancel while PROCESSING", c -> sellerCancelsWhileProcessing(ERP,
                line("AJ-JEANS-32", 1, "1999.00"),
                "the seller cancelled it while PROCESSING: OUTWARD_ORDER_CANCEL, finance report",
                "in the cancelled-after-ERP-posting report", c));
        flows.put("ERP · seller partial cancel refused after posting", this::erpSellerPartialRefused);
        flows.put("ERP · item not found at packing: whole order", this::erpNotFoundAtPacking);
        flows.put("ERP · Ajio business partial cancel: flagged", this::erpAjioBusinessPartial);
        new ReturnFlows(this).addTo(flows);
        new InventoryFlows(this).addTo(flows);
        new CredentialsFlows(this).addTo(flows);
        new PoolFlows(this, new ReturnFlows(this)).addTo(flows);
        new OnHoldFlows(this).addTo(flows);
        new BulkOrderFlows(this).addTo(flows);
        new B2b2cFlows(this).addTo(flows);
        return flows;
    }

    @FunctionalInterface
    interface Flow {
        void run(List<Outcome> outcomes) throws Exception;
    }

    public List<Outcome> run() {
        seedCatalogue();
        Map<String, Flow> flows = flows();
        out.println("Running " + flows.size() + " flows (the acknowledgement hold is short here, so they end in"
                + " a minute or two)...");
        ExecutorService pool = Executors.newFixedThreadPool(flows.size());
        try {
            Map<String, Future<List<Outcome>>> running = new LinkedHashMap<>();
            flows.forEach((name, flow) -> running.put(name, pool.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                try {
                    flow.run(outcomes);
                } catch (Exception | AssertionError e) {
                    outcomes.add(new Outcome(name, "", "", "done", "FAILED", String.valueOf(e.getMessage())));
                }
                return outcomes;
            })));
            List<Outcome> all = new ArrayList<>();
            for (var entry : running.entrySet()) {
                List<Outcome> outcomes = entry.getValue().get();
                outcomes.forEach(o -> all.add(new Outcome(entry.getKey(), o.clientId(), o.orderId(), o.expected(),
                        o.actual(), o.note())));
            }
            return all;
        } catch (Exception e) {
            throw new IllegalStateException("the demo was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- the flows ---------------------------------------------------------------------------------------------

    private void rmsHappyPath(List<Outcome> outcomes) {
        String order = newOrder(RMS, line("AJ-TEE-M", 2, "799.00"), line("AJ-JEANS-32", 1, "1999.00"));
        outcomes.add(packAndShip(RMS, order, "RMS e-invoice uploaded, B2C invoice and label fetched"));
    }

    private void rmsBatchHandover(List<Outcome> outcomes) {
        List<String> orders = List.of(newOrder(RMS, line("AJ-TEE-M", 1, "799.00")),
                newOrder(RMS, line("AJ-KURTA-L", 1, "1299.00")), newOrder(RMS, line("AJ-JEANS-32", 1, "1999.00")));
        for (String order : orders) {
            packAll(RMS, awaitStatus(RMS, order, "PROCESSING"));
        }
        orders.forEach(o -> awaitStatus(RMS, o, "PACKED"));
        Answer handover = gateway.post(key("warehouse", RMS), "/v1/clients/" + RMS + "/handovers",
                Map.of("handoverId", "H-BATCH-" + orders.get(0), "courier", "Delhivery", "orderIds", orders));
        expectStatus(handover, 201, "handover");
        progress(RMS, String.join(",", orders), "handed over on manifest "
                + handover.body().path("manifests").path(0).path("manifestId").asText());
        for (String order : orders) {
            outcomes.add(finish(RMS, order, "COMPLETED", "one manifest for the batch"));
        }
    }

    private void customerCancelsAll(String client, List<Outcome> outcomes) {
        String order = newOrder(client, line("AJ-TEE-M", 1, "799.00"));
        awaitStatus(client, order, "FULFILLABLE");
        sandbox.customerCancellation(client, order, null);
        progress(client, order, "the customer cancelled at Ajio during the hold");
        outcomes.add(finish(client, order, "CANCELLED", "no acknowledgement sent; stock released"));
    }

    private void rmsCustomerCancelsPart(List<Outcome> outcomes) {
        String order = newOrder(RMS, line("AJ-TEE-M", 3, "799.00"));
        awaitStatus(RMS, order, "FULFILLABLE");
        sandbox.customerCancellation(RMS, order, List.of(new LineQuantity("1", 1)));
        progress(RMS, order, "the customer cancelled 1 of 3 at Ajio during the hold");
        outcomes.add(packAndShip(RMS, order, "2 of 3 acknowledged and shipped"));
    }

    private void rmsNotFoundAtPacking(List<Outcome> outcomes) {
        String order = newOrder(RMS, line("AJ-TEE-M", 2, "799.00"), line("AJ-JEANS-32", 1, "1999.00"));
        awaitStatus(RMS, order, "PROCESSING");
        expectStatus(gateway.post(key("warehouse", RMS), "/v1/clients/" + RMS + "/orders/" + order + "/pack",
                Map.of("lines", List.of(
                        Map.of("sku", "TEE-M", "packed", 1, "notFound", 1, "damaged", 0),
                        Map.of("sku", "JEANS-32", "packed", 1, "notFound", 0, "damaged", 0)))), 202, "pack");
        progress(RMS, order, "packed with 1 TEE-M not found: just that one is cancelled at Ajio");
        outcomes.add(shipPacked(RMS, order, "1 TEE-M cancelled at Ajio, the rest invoiced"));
    }

    private void rmsFailedThenMapped(List<Outcome> outcomes) {
        String order = newOrder(RMS, line("AJ-SOCKS-FREE", 2, "299.00"));
        awaitStatus(RMS, order, "FAILED");
        expectStatus(gateway.put(key("seller", RMS), "/v1/clients/" + RMS + "/sku-mappings",
                List.of(Map.of("channelSku", "AJ-SOCKS-FREE", "clientSku", "SOCKS-FREE"))), 200, "sku mapping");
        progress(RMS, order, "FAILED for a missing SKU mapping; the seller uploaded it");
        outcomes.add(packAndShip(RMS, order, "retried when the mapping arrived"));
    }

    private void rmsUnfulfillableThenStocked(List<Outcome> outcomes) {
        String order = newOrder(RMS, line("AJ-SHAWL", 1, "899.00"));
        awaitStatus(RMS, order, "UNFULFILLABLE");
        expectStatus(gateway.put(key("warehouse", RMS), "/v1/clients/" + RMS + "/inventory",
                List.of(Map.of("sku", "SHAWL", "location", "WH-BLR", "quantity", 5))), 200, "inventory");
        progress(RMS, order, "UNFULFILLABLE; the warehouse reported stock");
        outcomes.add(packAndShip(RMS, order, "reserved when stock arrived"));
    }

    /** The seller cancels the whole order while it is PROCESSING: it ends CANCELLED. */
    private void sellerCancelsWhileProcessing(String client, NewOrderLine line, String progressNote,
                                              String outcomeNote, List<Outcome> outcomes) {
        String order = newOrder(client, line);
        awaitStatus(client, order, "PROCESSING");
        expectStatus(cancel(client, order, "FULL", List.of()), 200, "seller cancellation");
        progress(client, order, progressNote);
        outcomes.add(finish(client, order, "CANCELLED", outcomeNote));
    }

    private void erpHappyPath(List<Outcome> outcomes) {
        String order = newOrder(ERP, line("AJ-TEE-M", 2, "799.00"), line("AJ-KURTA-L", 1, "1299.00"));
        awaitOrder(ERP, order, o -> o.path("waitingFor").asText().equals("ERP"), "posted to the ERP");
        progress(ERP, order, "posted to the ERP (OUTWARD_ORDER_CREATE); waiting for its e-invoice");
        outcomes.add(packAndShip(ERP, order, "ERP's e-invoice uploaded; OUTWARD_ORDER_COMPLETE posted"));
    }

    private void erpSellerPartialRefused(List<Outcome> outcomes) {
        String order = newOrder(ERP, line("AJ-TEE-M", 2, "799.00"));
        awaitStatus(ERP, order, "PROCESSING");
        Answer refused = cancel(ERP, order, "PARTIAL", List.of(Map.of("sku", "TEE-M", "quantity", 1)));
        expectStatus(refused, 409, "partial cancellation after posting");
        progress(ERP, order, "a partial cancellation after ERP posting was refused: " + refused.body()
                .path("message").asText());
        outcomes.add(packAndShip(ERP, order, "409 " + refused.code() + ", order unchanged"));
    }

    private void erpNotFoundAtPacking(List<Outcome> outcomes) {
        String order = newOrder(ERP, line("AJ-TEE-M", 2, "799.00"));
        awaitStatus(ERP, order, "PROCESSING");
        expectStatus(gateway.post(key("warehouse", ERP), "/v1/clients/" + ERP + "/orders/" + order + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 1)))), 202,
                "pack");
        progress(ERP, order, "1 TEE-M damaged at packing: Model 1 cancels the whole order");
        outcomes.add(finish(ERP, order, "CANCELLED", "OUTWARD_ORDER_CANCEL; finance raises a credit note"));
    }

    private void erpAjioBusinessPartial(List<Outcome> outcomes) {
        String order = newOrder(ERP, line("AJ-TEE-M", 2, "799.00"), line("AJ-KURTA-L", 1, "1299.00"));
        awaitStatus(ERP, order, "PROCESSING");
        sandbox.businessCancellation(ERP, order, List.of(new LineQuantity("1", 1)));
        awaitOrder(ERP, order, o -> !o.path("flag").isMissingNode() && !o.path("flag").isNull(), "the flag");
        Answer pack = gateway.post(key("warehouse", ERP), "/v1/clients/" + ERP + "/orders/" + order + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 2, "notFound", 0, "damaged", 0),
                        Map.of("sku", "KURTA-L", "packed", 1, "notFound", 0, "damaged", 0))));
        expectStatus(pack, 409, "packing a flagged order");
        progress(ERP, order, "Ajio's business team cancelled part of it: packing stopped (" + pack.body()
                .path("message").asText() + "); support cancels it in full");
        expectStatus(gateway.post("dev-support", "/v1/clients/" + ERP + "/orders/" + order + "/cancellations",
                Map.of("kind", "FULL", "reason", "SOP: cancel in both Ajio and the OMS")), 200, "support cancel");
        outcomes.add(finish(ERP, order, "CANCELLED", "flagged, packing refused, support cancelled it"));
    }

    // --- how the users act -------------------------------------------------------------------------------------

    /** The seller's catalogue: SKU mappings and stock, through the API (AJ-SOCKS-FREE stays unmapped, SHAWL at 0). */
    private void seedCatalogue() {
        for (String client : List.of(ERP, RMS, ReturnFlows.CN)) {
            expectStatus(gateway.put(key("seller", client), "/v1/clients/" + client + "/sku-mappings", List.of(
                    Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"),
                    Map.of("channelSku", "AJ-JEANS-32", "clientSku", "JEANS-32"),
                    Map.of("channelSku", "AJ-KURTA-L", "clientSku", "KURTA-L"),
                    Map.of("channelSku", "AJ-SHAWL", "clientSku", "SHAWL"))), 200, "sku mappings");
            expectStatus(gateway.put(key("seller", client), "/v1/clients/" + client + "/inventory", List.of(
                    Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 500),
                    Map.of("sku", "JEANS-32", "location", "WH-BLR", "quantity", 500),
                    Map.of("sku", "KURTA-L", "location", "WH-BLR", "quantity", 500),
                    Map.of("sku", "SOCKS-FREE", "location", "WH-BLR", "quantity", 500),
                    Map.of("sku", "SHAWL", "location", "WH-BLR", "quantity", 0))), 200, "inventory");
        }
        new B2b2cFlows(this).seedCatalogue();
    }

    String newOrder(String client, NewOrderLine... lines) {
        String orderId = sandbox.createOrder(client, lines).orderId();
        progress(client, orderId, "ordered on Ajio");
        return orderId;
    }

    static NewOrderLine line(String channelSku, int quantity, String price) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal(price));
    }

    void packAll(String client, JsonNode order) {
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Integer> openBySku = new LinkedHashMap<>();
        for (JsonNode line : order.path("lines")) {
            openBySku.merge(line.path("sku").asText(), line.path("ordered").asInt() - line.path("cancelled").asInt(),
                    Integer::sum);
        }
        openBySku.forEach((sku, open) -> {
            if (open > 0) {
                lines.add(Map.of("sku", sku, "packed", open, "notFound", 0, "damaged", 0));
            }
        });
        String orderId = order.path("orderId").asText();
        expectStatus(gateway.post(key("warehouse", client), "/v1/clients/" + client + "/orders/" + orderId
                + "/pack", Map.of("lines", lines)), 202, "pack");
        progress(client, orderId, "packed at the warehouse");
    }

    /** Once PROCESSING, the warehouse packs every open line and hands the order over: it completes. */
    private Outcome packAndShip(String client, String orderId, String note) {
        packAll(client, awaitStatus(client, orderId, "PROCESSING"));
        return shipPacked(client, orderId, note);
    }

    /** Once PACKED, the warehouse hands the order over: it completes. */
    private Outcome shipPacked(String client, String orderId, String note) {
        awaitStatus(client, orderId, "PACKED");
        handover(client, orderId);
        return finish(client, orderId, "COMPLETED", note);
    }

    void handover(String client, String orderId) {
        Answer answer = gateway.post(key("warehouse", client), "/v1/clients/" + client + "/handovers",
                Map.of("handoverId", "H-" + orderId, "courier", "Delhivery", "orderIds", List.of(orderId)));
        expectStatus(answer, 201, "handover");
        progress(client, orderId, "handed over on manifest "
                + answer.body().path("manifests").path(0).path("manifestId").asText());
    }

    private Answer cancel(String client, String orderId, String kind, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        if (!lines.isEmpty()) {
            body.put("lines", lines);
        }
        body.put("reason", "demo: the seller asked");
        return gateway.post(key("seller", client), "/v1/clients/" + client + "/orders/" + orderId
                + "/cancellations", body);
    }

    Outcome finish(String client, String orderId, String expected, String note) {
        JsonNode order = awaitOrder(client, orderId, o -> isFinal(o.path("status").asText())
                || o.path("status").asText().equals(expected), "a final status");
        String status = order.path("status").asText();
        progress(client, orderId, status);
        return new Outcome("", client, orderId, expected, status, note);
    }

    JsonNode awaitStatus(String client, String orderId, String status) {
        JsonNode order = awaitOrder(client, orderId, o -> o.path("status").asText().equals(status), status);
        progress(client, orderId, status);
        return order;
    }

    JsonNode awaitOrder(String client, String orderId, Predicate<JsonNode> condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/" + client + "/orders/" + orderId);
            if (answer.ok()) {
                last = answer.body();
                if (condition.test(last)) {
                    return last;
                }
                if (isFinal(last.path("status").asText())) {
                    break;
                }
            }
            sleep(Duration.ofMillis(400));
        }
        throw new IllegalStateException(orderId + " did not reach " + what + " (it is "
                + (last == null ? "not synced" : last.path("status").asText()) + ")");
    }

    /** The rows of a report of today and yesterday (India) that match, once there are {@code count} of them. */
    List<JsonNode> awaitReportRows(String client, String report, Predicate<JsonNode> matching, int count) {
        LocalDate today = LocalDate.now(INDIA);
        String path = "/v1/clients/" + client + "/reports/" + report + "?from=" + today.minusDays(1) + "&to=" + today;
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> rows = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            rows.clear();
            Answer answer = gateway.getText(key("seller", client), path, "application/json");
            expectStatus(answer, 200, "report " + report);
            answer.body().forEach(row -> {
                if (matching.test(row)) {
                    rows.add(row);
                }
            });
            if (rows.size() >= count) {
                return rows;
            }
            sleep(Duration.ofMillis(400));
        }
        return rows;
    }

    private static boolean isFinal(String status) {
        return status.equals("COMPLETED") || status.equals("CANCELLED");
    }

    static void expectStatus(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + " " + answer.text());
        }
    }

    static String key(String role, String client) {
        return "dev-" + role + "-" + client;
    }

    void progress(String client, String orderId, String text) {
        synchronized (out) {
            out.printf("  %s  %-8s %-12s %s%n", LocalTime.now().format(CLOCK), client, orderId, text);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
