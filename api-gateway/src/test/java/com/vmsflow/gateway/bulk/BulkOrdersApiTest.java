package com.vmsflow.gateway.bulk;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.ReturnStandIns;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.StockLevel;
import com.vmsflow.store.StockView;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk B2B outward orders through the gateway, on the real workflow: created, allocated only when asked (a GRN does
 * not), packed, dispatched and posted to the ERP once; completed short; and what every endpoint does with bad input
 * (the error shape, nothing changed). Bulk orders start with BK-, SKUs with BULK-, stock sits at BULK-WH.
 */
class BulkOrdersApiTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String BULK = "/v1/clients/" + RMS_CLIENT + "/bulk-orders";
    private static final String LOCATION = "BULK-WH";

    private static Map<String, Object> order(String id, String type, String qc, Map<String, Integer> lines) {
        return Map.of("bulkOrderId", id, "fulfilmentType", type, "qcStatus", qc, "location", LOCATION,
                "shipTo", Map.of("name", "Trends Retail", "line1", "12 MG Road", "city", "Bengaluru",
                        "postcode", "560001", "country", "IN"),
                "lines", lines.entrySet().stream().map(e -> Map.of("sku", e.getKey(), "quantity", e.getValue()))
                        .toList());
    }

    private static void stock(String sku, StockPool pool, int quantity) {
        new InventoryRepository(gateway.jdbi()).setStock(RMS_CLIENT, List.of(new StockLevel(sku, LOCATION, quantity,
                pool)));
    }

    private static StockView stockOf(String sku, StockPool pool) {
        return new InventoryRepository(gateway.jdbi()).stock(RMS_CLIENT, sku).stream()
                .filter(s -> s.pool() == pool && s.location().equals(LOCATION)).findFirst().orElseThrow();
    }

    private static Api.Answer act(String id, String action, String key) {
        return gateway.api().send("POST", BULK + "/" + id + "/" + action, key, null, null);
    }

    private static Api.Answer pack(String id, Map<String, Integer> packed) {
        return gateway.api().post(BULK + "/" + id + "/pack", RMS_WAREHOUSE_KEY, Map.of("lines",
                packed.entrySet().stream().map(e -> Map.of("sku", e.getKey(), "packed", e.getValue())).toList()));
    }

    private static JsonNode awaitOrder(String id, Predicate<JsonNode> condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode order;
        do {
            order = gateway.api().get(BULK + "/" + id, RMS_SELLER_KEY).json();
            if (condition.test(order)) {
                return order;
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("bulk order " + id + " is not " + what + ": " + order);
    }

    private static JsonNode awaitListed(String status, String id) {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonNode page;
        do {
            page = gateway.api().get(BULK + "?status=" + status + "&limit=500", SUPPORT_KEY).json();
            for (JsonNode row : page.path("bulkOrders")) {
                if (row.path("bulkOrderId").asText().equals(id)) {
                    return row;
                }
            }
            sleep();
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("bulk order " + id + " is not listed " + status + ": " + page);
    }

    @Test
    void aBlockCompleteOrderStaysUnfulfillableThroughAGrnUntilAllocatedAndIsDispatchedAndPostedOnce() {
        stock("BULK-KURTA", StockPool.GOOD, 2);
        stock("BULK-KURTA", StockPool.QC_FAIL, 3);
        stock("BULK-STOLE", StockPool.GOOD, 5);
        Map<String, Object> body = order("BK-1", "BLOCK_COMPLETE", "PASS", Map.of("BULK-KURTA", 4, "BULK-STOLE", 1));

        Api.Answer created = gateway.api().post(BULK, RMS_SELLER_KEY, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("CREATED");
        assertThat(created.json().path("waitingFor").asText()).isEqualTo("SELLER");
        assertThat(created.header("Location")).endsWith(BULK + "/BK-1");
        Api.Answer again = gateway.api().post(BULK, RMS_SELLER_KEY, body);
        assertThat(again.status()).as("the same order again").isEqualTo(201);
        assertThat(again.json().path("bulkOrderId").asText()).isEqualTo("BK-1");
        Api.Answer other = gateway.api().post(BULK, RMS_SELLER_KEY, order("BK-1", "PARTIAL", "PASS",
                Map.of("BULK-KURTA", 4, "BULK-STOLE", 1)));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");

        Api.Answer unfulfillable = act("BK-1", "allocate", RMS_SELLER_KEY);
        assertThat(unfulfillable.status()).as(unfulfillable.toString()).isEqualTo(200);
        assertThat(unfulfillable.json().path("status").asText()).isEqualTo("UNFULFILLABLE");
        JsonNode why = unfulfillable.json().path("shortages");
        assertThat(why).hasSize(1);
        assertThat(why.get(0).path("sku").asText()).isEqualTo("BULK-KURTA");
        assertThat(why.get(0).path("wanted").asInt()).isEqualTo(4);
        assertThat(why.get(0).path("availableInPool").asInt()).isEqualTo(2);
        assertThat(why.get(0).path("availableElsewhere").path("QC_FAIL").asInt()).isEqualTo(3);
        assertThat(stockOf("BULK-STOLE", StockPool.GOOD).reserved()).as("all or nothing").isZero();

        // A GRN into GOOD: the order is not allocated by it (seed 004: allocation is a manual trigger).
        assertThat(gateway.api().post("/v1/clients/" + RMS_CLIENT + "/inward-pos", RMS_SELLER_KEY, Map.of(
                "poNumber", "PO-BK-1", "location", LOCATION, "lines", List.of(Map.of("sku", "BULK-KURTA",
                        "quantity", 2)))).status()).isEqualTo(201);
        Api.Answer grn = gateway.api().post("/v1/clients/" + RMS_CLIENT + "/inward-pos/PO-BK-1/grn",
                RMS_WAREHOUSE_KEY, Map.of("grnNumber", "GRN-BK-1", "lines", List.of(Map.of("sku", "BULK-KURTA",
                        "quantity", 2))));
        assertThat(grn.status()).as(grn.toString()).isEqualTo(200);
        assertThat(grn.json().path("ordersRetried")).extracting(JsonNode::asText).doesNotContain("BK-1");
        assertThat(gateway.api().get(BULK + "/BK-1", RMS_SELLER_KEY).json().path("status").asText())
                .isEqualTo("UNFULFILLABLE");
        assertThat(stockOf("BULK-KURTA", StockPool.GOOD).reserved()).isZero();

        Api.Answer fulfillable = act("BK-1", "allocate", SUPPORT_KEY);
        assertThat(fulfillable.json().path("status").asText()).as(fulfillable.toString()).isEqualTo("FULFILLABLE");
        assertThat(fulfillable.json().path("shortages")).isEmpty();
        assertThat(stockOf("BULK-KURTA", StockPool.GOOD).reserved()).isEqualTo(4);

        Api.Answer packed = pack("BK-1", Map.of("BULK-KURTA", 4, "BULK-STOLE", 1));
        assertThat(packed.json().path("status").asText()).as(packed.toString()).isEqualTo("PACKED");
        assertThat(pack("BK-1", Map.of("BULK-KURTA", 4, "BULK-STOLE", 1)).status()).as("the same pack again")
                .isEqualTo(200);
        Api.Answer dispatched = act("BK-1", "dispatch", RMS_WAREHOUSE_KEY);
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);

        JsonNode done = awaitOrder("BK-1", o -> o.path("status").asText().equals("COMPLETED"), "COMPLETED");
        assertThat(done.path("lines")).extracting(l -> l.path("sku").asText() + ":" + l.path("dispatched").asInt())
                .containsExactlyInAnyOrder("BULK-KURTA:4", "BULK-STOLE:1");
        assertThat(ReturnStandIns.calls("post BULK_ORDER_DISPATCH BK-1")).as("posted once").isEqualTo(1);
        assertThat(stockOf("BULK-KURTA", StockPool.GOOD)).satisfies(s -> {
            assertThat(s.onHand()).isZero();
            assertThat(s.reserved()).isZero();
        });
        assertThat(stockOf("BULK-KURTA", StockPool.QC_FAIL).onHand()).isEqualTo(3);
        assertThat(awaitListed("COMPLETED", "BK-1").path("fulfilmentType").asText()).isEqualTo("BLOCK_COMPLETE");
        Api.Answer late = act("BK-1", "allocate", RMS_SELLER_KEY);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("NOT_AWAITING");
    }

    @Test
    void aPartialOrderCompletedShortReleasesWhatWasNotPackedAndIsDispatchedShort() {
        stock("BULK-JACKET", StockPool.GOOD, 3);
        assertThat(gateway.api().post(BULK, RMS_SELLER_KEY, order("BK-2", "PARTIAL", "PASS",
                Map.of("BULK-JACKET", 5))).status()).isEqualTo(201);

        JsonNode partly = act("BK-2", "allocate", RMS_SELLER_KEY).json();
        assertThat(partly.path("status").asText()).isEqualTo("PARTIALLY_FULFILLABLE");
        assertThat(partly.path("lines").get(0).path("allocated").asInt()).isEqualTo(3);
        assertThat(pack("BK-2", Map.of("BULK-JACKET", 2)).json().path("status").asText())
                .isEqualTo("PARTIALLY_FULFILLABLE");

        Api.Answer completed = act("BK-2", "complete", RMS_SELLER_KEY);
        assertThat(completed.json().path("status").asText()).as(completed.toString()).isEqualTo("PACKED");
        assertThat(completed.json().path("completedBySeller").asBoolean()).isTrue();
        assertThat(stockOf("BULK-JACKET", StockPool.GOOD).reserved()).as("the one not packed went back")
                .isEqualTo(2);
        assertThat(act("BK-2", "allocate", RMS_SELLER_KEY).code()).as("nothing more is allocated")
                .isEqualTo("NOT_AWAITING");

        act("BK-2", "dispatch", RMS_WAREHOUSE_KEY);
        JsonNode done = awaitOrder("BK-2", o -> o.path("status").asText().equals("COMPLETED"), "COMPLETED");
        assertThat(done.path("lines").get(0).path("dispatched").asInt()).isEqualTo(2);
        assertThat(ReturnStandIns.calls("post BULK_ORDER_DISPATCH BK-2")).isEqualTo(1);
        assertThat(stockOf("BULK-JACKET", StockPool.GOOD).onHand()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInTheErrorShapeAndChangesNothing() {
        stock("BULK-CAP", StockPool.GOOD, 4);
        assertThat(gateway.api().post(BULK, RMS_SELLER_KEY, order("BK-3", "BLOCK_COMPLETE", "FAIL",
                Map.of("BULK-CAP", 2))).status()).isEqualTo(201);

        Api.Answer fields = gateway.api().post(BULK, RMS_SELLER_KEY, Map.of("bulkOrderId", "has space",
                "fulfilmentType", "PARTIAL", "qcStatus", "PASS", "location", "W\n", "shipTo", Map.of("name", "",
                        "line1", "x", "city", "y", "postcode", "1", "country", "India"),
                "lines", List.of(Map.of("sku", "A", "quantity", 0), Map.of("sku", "A", "quantity", 1))));
        assertThat(fields.status()).as(fields.toString()).isEqualTo(422);
        assertThat(fields.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields.detail("bulkOrderId")).isNotNull();
        assertThat(fields.detail("location")).isEqualTo("must not contain control characters");
        assertThat(fields.detail("shipTo.name")).isEqualTo("must not be blank");
        assertThat(fields.detail("shipTo.country")).isNotNull();
        assertThat(fields.detail("lines[0].quantity")).isEqualTo("must be greater than or equal to 1");
        Api.Answer noType = gateway.api().post(BULK, RMS_SELLER_KEY, Map.of("bulkOrderId", "BK-X",
                "fulfilmentType", "SOME", "qcStatus", "PASS", "location", LOCATION, "lines", List.of()));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(gateway.api().send("POST", BULK, RMS_SELLER_KEY, Api.JSON, "{\"bulkOrderId\": ").status())
                .isEqualTo(400);
        assertThat(gateway.api().post(BULK, RMS_WAREHOUSE_KEY, order("BK-Y", "PARTIAL", "PASS",
                Map.of("BULK-CAP", 1))).status()).as("only the seller creates").isEqualTo(403);
        assertThat(act("BK-3", "allocate", RMS_WAREHOUSE_KEY).status()).isEqualTo(403);
        assertThat(act("BK-3", "dispatch", RMS_ERP_KEY).status()).isEqualTo(403);
        assertThat(act("BK-NONE", "allocate", RMS_SELLER_KEY).status()).isEqualTo(404);
        assertThat(gateway.api().get(BULK + "/BK-NONE", RMS_SELLER_KEY).status()).isEqualTo(404);
        assertThat(gateway.api().get(BULK + "?status=SHIPPED", RMS_SELLER_KEY).detail("status")).isNotNull();
        assertThat(gateway.api().get(BULK + "?limit=0", RMS_SELLER_KEY).status()).isEqualTo(422);

        Api.Answer packEarly = pack("BK-3", Map.of("BULK-CAP", 1));
        assertThat(packEarly.status()).isEqualTo(409);
        assertThat(packEarly.code()).isEqualTo("NOT_AWAITING");
        Api.Answer dispatchEarly = act("BK-3", "dispatch", RMS_WAREHOUSE_KEY);
        assertThat(dispatchEarly.status()).isEqualTo(409);
        assertThat(act("BK-3", "allocate", RMS_SELLER_KEY).json().path("status").asText())
                .as("QC FAIL: served from QC_FAIL, which has none").isEqualTo("UNFULFILLABLE");
        Api.Answer badPack = gateway.api().post(BULK + "/BK-3/pack", RMS_WAREHOUSE_KEY, Map.of("lines",
                List.of(Map.of("sku", "BULK-CAP", "packed", -1))));
        assertThat(badPack.status()).isEqualTo(422);
        assertThat(badPack.detail("lines[0].packed")).isNotNull();
        assertThat(gateway.api().get(BULK + "?status=BOGUS", SUPPORT_KEY).code()).isEqualTo("VALIDATION_FAILED");

        JsonNode unchanged = gateway.api().get(BULK + "/BK-3", SUPPORT_KEY).json();
        assertThat(unchanged.path("status").asText()).isEqualTo("UNFULFILLABLE");
        assertThat(unchanged.path("lines").get(0).path("packed").asInt()).isZero();
        assertThat(unchanged.path("history")).hasSize(2);
        assertThat(stockOf("BULK-CAP", StockPool.GOOD).reserved()).isZero();

        stock("BULK-CAP", StockPool.QC_FAIL, 2);
        assertThat(act("BK-3", "allocate", RMS_SELLER_KEY).json().path("status").asText()).isEqualTo("FULFILLABLE");
        Api.Answer tooMany = pack("BK-3", Map.of("BULK-CAP", 3));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.detail("lines[0].packed")).contains("only 2 allocated");
        assertThat(stockOf("BULK-CAP", StockPool.QC_FAIL).reserved()).isEqualTo(2);
        assertThat(stockOf("BULK-CAP", StockPool.GOOD).reserved()).isZero();
    }

    @Test
    void aDispatchPostingTheErpRefusedWaitsForSupportWhoseRetryPostsItOnceAndIsAudited() {
        stock("BULK-BELT", StockPool.GOOD, 1);
        assertThat(gateway.api().post(BULK, RMS_SELLER_KEY, order("BK-4", "BLOCK_COMPLETE", "PASS",
                Map.of("BULK-BELT", 1))).status()).isEqualTo(201);
        act("BK-4", "allocate", RMS_SELLER_KEY);
        pack("BK-4", Map.of("BULK-BELT", 1));
        Api.Answer early = gateway.api().post(BULK + "/BK-4/support-actions", SUPPORT_KEY, Map.of("action", "RETRY",
                "reason", "nothing refused yet"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("NOT_AWAITING");
        ReturnStandIns.REFUSE_BULK_DISPATCH_ONCE.add("BK-4");

        act("BK-4", "dispatch", RMS_WAREHOUSE_KEY);
        JsonNode stuck = awaitOrder("BK-4", o -> o.path("waitingFor").asText().equals("SUPPORT"), "waiting for support");
        assertThat(stuck.path("status").asText()).isEqualTo("DISPATCHED");
        assertThat(stuck.path("problem").asText()).contains("BULK_ORDER_DISPATCH", "400 TEST");
        assertThat(gateway.api().post(BULK + "/BK-4/support-actions", RMS_SELLER_KEY, Map.of("action", "RETRY",
                "reason", "x")).status()).as("support only").isEqualTo(403);

        Api.Answer retried = gateway.api().post(BULK + "/BK-4/support-actions", SUPPORT_KEY, Map.of("action",
                "RETRY", "reason", "the ERP takes bulk dispatches now"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        awaitOrder("BK-4", o -> o.path("status").asText().equals("COMPLETED"), "COMPLETED");
        assertThat(ReturnStandIns.calls("post BULK_ORDER_DISPATCH BK-4")).isEqualTo(1);
        List<String> audited = gateway.jdbi().withHandle(h -> h.createQuery(
                "select outcome from support_audit where workflow_id = :id order by 1")
                .bind("id", "bulk-order:" + RMS_CLIENT + ":BK-4").mapTo(String.class).list());
        assertThat(audited).containsExactly("ACCEPTED", "REFUSED");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
