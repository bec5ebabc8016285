package com.vmsflow.launcher;

import static com.vmsflow.launcher.Demo.ERP;
import static com.vmsflow.launcher.Demo.expectStatus;
import static com.vmsflow.launcher.Demo.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.Demo.Flow;
import com.vmsflow.launcher.Demo.Outcome;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's bulk B2B outward orders (seed 004, issue 17), for demo-erp, whose ERP takes postings by PUSH: a
 * BLOCK_COMPLETE order stays UNFULFILLABLE through a GRN (allocation is a manual trigger) until the seller allocates
 * again, then is packed, dispatched and posted; a PARTIAL one is allocated short, completed by the seller and
 * dispatched short. Each flow uses SKUs of its own, at WH-BULK; ids carry the run's time, so runs never meet.
 */
final class BulkOrderFlows extends DemoFlows {

    static final String LOCATION = "WH-BULK";

    private final String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L, 36).toUpperCase();

    BulkOrderFlows(Demo demo) {
        super(demo);
    }

    void addTo(Map<String, Flow> flows) {
        flows.put("Bulk · BLOCK_COMPLETE UNFULFILLABLE until a GRN, then dispatched", this::blockCompleteAfterGrn);
        flows.put("Bulk · PARTIAL completed short, dispatched short", this::partialCompletedShort);
    }

    /** The whole of it, as the end-to-end test checks it too: answers the order as it ended. */
    JsonNode blockCompleteAfterGrn(String bulkOrderId, String sku, List<String> said) {
        stock(sku, 2);
        create(bulkOrderId, "BLOCK_COMPLETE", sku, 5);
        JsonNode short_ = allocate(bulkOrderId, key("seller", ERP));
        said.add(short_.path("status").asText());
        demo.progress(ERP, bulkOrderId, short_.path("status").asText() + ": " + short_.path("waitingForWhat").asText());
        String po = "PO-" + bulkOrderId;
        expectStatus(gateway.post(key("seller", ERP), "/v1/clients/" + ERP + "/inward-pos", Map.of("poNumber", po,
                "location", LOCATION, "lines", List.of(Map.of("sku", sku, "quantity", 3)))), 201, "inward PO");
        expectStatus(gateway.post(key("warehouse", ERP), "/v1/clients/" + ERP + "/inward-pos/" + po + "/grn",
                Map.of("grnNumber", "GRN-" + bulkOrderId, "lines", List.of(Map.of("sku", sku, "quantity", 3)))),
                200, "GRN");
        String afterGrn = read(bulkOrderId).path("status").asText();
        said.add(afterGrn);
        demo.progress(ERP, bulkOrderId, "GRN of 3 x " + sku + " received; the order is still " + afterGrn
                + " (allocation is a manual trigger)");
        JsonNode allocated = allocate(bulkOrderId, key("seller", ERP));
        said.add(allocated.path("status").asText());
        demo.progress(ERP, bulkOrderId, "allocated again: " + allocated.path("status").asText());
        return packAndDispatch(bulkOrderId, sku, 5);
    }

    /** A PARTIAL order of 5 with 3 in stock: allocated 3, packed 3, completed by the seller, dispatched 3. */
    JsonNode partialCompletedShort(String bulkOrderId, String sku, List<String> said) {
        stock(sku, 3);
        create(bulkOrderId, "PARTIAL", sku, 5);
        JsonNode partly = allocate(bulkOrderId, key("seller", ERP));
        said.add(partly.path("status").asText());
        demo.progress(ERP, bulkOrderId, partly.path("status").asText() + ": " + partly.path("waitingForWhat").asText());
        expectStatus(gateway.post(key("warehouse", ERP), bulk(bulkOrderId) + "/pack", Map.of("lines",
                List.of(Map.of("sku", sku, "packed", 3)))), 200, "pack");
        Answer completed = gateway.post(key("seller", ERP), bulk(bulkOrderId) + "/complete");
        expectStatus(completed, 200, "complete");
        said.add(completed.body().path("status").asText());
        demo.progress(ERP, bulkOrderId, "completed by the seller: the rest is not wanted; "
                + completed.body().path("status").asText());
        return dispatch(bulkOrderId);
    }

    private void blockCompleteAfterGrn(List<Outcome> outcomes) {
        String id = "BO-DEMO-" + run + "-1";
        List<String> said = new java.util.ArrayList<>();
        JsonNode done = blockCompleteAfterGrn(id, "BULK-KURTA-" + run, said);
        said.add(done.path("status").asText());
        outcomes.add(new Outcome("", ERP, id, "UNFULFILLABLE, UNFULFILLABLE, FULFILLABLE, COMPLETED",
                String.join(", ", said), "short by 3 in GOOD; a GRN of 3 did not allocate it; the seller's allocate"
                        + " did; BULK_ORDER_DISPATCH posted to the ERP"));
    }

    private void partialCompletedShort(List<Outcome> outcomes) {
        String id = "BO-DEMO-" + run + "-2";
        List<String> said = new java.util.ArrayList<>();
        JsonNode done = partialCompletedShort(id, "BULK-JACKET-" + run, said);
        said.add(done.path("status").asText() + " " + done.path("lines").path(0).path("dispatched").asInt() + " of "
                + done.path("lines").path(0).path("wanted").asInt());
        outcomes.add(new Outcome("", ERP, id, "PARTIALLY_FULFILLABLE, PACKED, COMPLETED 3 of 5",
                String.join(", ", said), "3 of 5 in stock: allocated and packed 3, completed by the seller,"
                        + " dispatched short"));
    }

    private JsonNode packAndDispatch(String bulkOrderId, String sku, int quantity) {
        expectStatus(gateway.post(key("warehouse", ERP), bulk(bulkOrderId) + "/pack", Map.of("lines",
                List.of(Map.of("sku", sku, "packed", quantity)))), 200, "pack");
        return dispatch(bulkOrderId);
    }

    private JsonNode dispatch(String bulkOrderId) {
        expectStatus(gateway.post(key("warehouse", ERP), bulk(bulkOrderId) + "/dispatch"), 200,
                "dispatch");
        JsonNode done = awaitStatus(bulkOrderId, "COMPLETED");
        demo.progress(ERP, bulkOrderId, "dispatched and posted to the ERP (" + done.path("erpMessageId").asText()
                + "): COMPLETED");
        return done;
    }

    private void stock(String sku, int quantity) {
        expectStatus(gateway.put(key("erp", ERP), "/v1/clients/" + ERP + "/inventory",
                List.of(Map.of("sku", sku, "location", LOCATION, "quantity", quantity))), 200, "inventory");
    }

    private void create(String bulkOrderId, String type, String sku, int quantity) {
        expectStatus(gateway.post(key("seller", ERP), "/v1/clients/" + ERP + "/bulk-orders", Map.of(
                "bulkOrderId", bulkOrderId, "fulfilmentType", type, "qcStatus", "PASS", "location", LOCATION,
                "shipTo", Map.of("name", "Trends Retail", "line1", "12 MG Road", "city", "Bengaluru",
                        "postcode", "560001", "country", "IN"),
                "lines", List.of(Map.of("sku", sku, "quantity", quantity)))), 201, "bulk order");
        demo.progress(ERP, bulkOrderId, "placed: " + quantity + " x " + sku + " (" + type + "), CREATED");
    }

    private JsonNode allocate(String bulkOrderId, String key) {
        Answer answer = gateway.post(key, bulk(bulkOrderId) + "/allocate");
        expectStatus(answer, 200, "allocate");
        return answer.body();
    }

    private JsonNode read(String bulkOrderId) {
        return gateway.get("dev-support", bulk(bulkOrderId)).body();
    }

    private JsonNode awaitStatus(String bulkOrderId, String status) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        JsonNode order = read(bulkOrderId);
        while (!order.path("status").asText().equals(status)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("bulk order " + bulkOrderId + " is not " + status + ": " + order);
            }
            Demo.sleep(Duration.ofMillis(200));
            order = read(bulkOrderId);
        }
        return order;
    }

    private static String bulk(String bulkOrderId) {
        return "/v1/clients/" + ERP + "/bulk-orders/" + bulkOrderId;
    }
}
