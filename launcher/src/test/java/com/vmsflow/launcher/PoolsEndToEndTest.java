package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's "stock is there, why UNFULFILLABLE?" through every real part: an order waits UNFULFILLABLE while its SKU's
 * units are in another pool; moving them into GOOD, or a return whose item passed QC, makes it reserve again by itself
 * (within Ajio's acknowledgement hold, the only time an Ajio order waits for stock).
 */
class PoolsEndToEndTest {

    private static final String CLIENT = "demo-erp";
    private static final String WAREHOUSE = "dev-warehouse-demo-erp";
    private static final String SELLER = "dev-seller-demo-erp";

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        // On Ajio an order is UNFULFILLABLE only within the acknowledgement hold (a line still short when it ends is
        // rejected): long enough for a shipped order's return to come back in it.
        stack = TestStack.start(Duration.seconds(30));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void anUnfulfillableOrderReservesByItselfOnceItsUnitsAreMovedIntoGood() {
        map("AJ-E2E-SCARF", "E2E-SCARF");
        assertThat(gateway.put(WAREHOUSE, "/v1/clients/" + CLIENT + "/inventory", List.of(
                Map.of("sku", "E2E-SCARF", "location", "WH-BLR", "quantity", 2, "pool", "RECYCLE"))).status())
                .isEqualTo(200);
        String orderId = demo().newOrder(CLIENT, Demo.line("AJ-E2E-SCARF", 1, "399.00"));
        demo().awaitStatus(CLIENT, orderId, "UNFULFILLABLE");

        Map<String, Object> move = Map.of("moveId", "MV-E2E-1", "sku", "E2E-SCARF", "location", "WH-BLR",
                "from", "RECYCLE", "to", "GOOD", "quantity", 1);
        Answer moved = gateway.post(WAREHOUSE, "/v1/clients/" + CLIENT + "/inventory/moves", move);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("ordersRetried").toString()).contains(orderId);
        JsonNode reserved = Await.order(gateway, CLIENT, orderId, o -> !o.path("status").asText()
                .equals("UNFULFILLABLE"));
        assertThat(reserved.path("status").asText()).isIn("FULFILLABLE", "PROCESSING", "ONHOLD");
        Answer again = gateway.post(WAREHOUSE, "/v1/clients/" + CLIENT + "/inventory/moves", move);
        assertThat(again.status()).as("the same move again").isEqualTo(200);
        assertThat(pools("E2E-SCARF")).as("moved once: GOOD 1 (reserved), RECYCLE 1")
                .isEqualTo(Map.of("GOOD", "1/1", "RECYCLE", "1/0"));
    }

    @Test
    void aReturnWhoseItemPassedQcRestocksGoodAndTheWaitingOrderReservesIt() {
        map("AJ-E2E-CAP", "E2E-CAP");
        assertThat(gateway.put(WAREHOUSE, "/v1/clients/" + CLIENT + "/inventory", List.of(
                Map.of("sku", "E2E-CAP", "location", "WH-BLR", "quantity", 1))).status()).isEqualTo(200);
        ReturnFlows returns = new ReturnFlows(demo());
        String shipped = returns.completedOrder(CLIENT, Demo.line("AJ-E2E-CAP", 1, "299.00"));
        String waiting = demo().newOrder(CLIENT, Demo.line("AJ-E2E-CAP", 1, "299.00"));
        demo().awaitStatus(CLIENT, waiting, "UNFULFILLABLE");

        String ret = returns.customerReturn(CLIENT, shipped, "AJ-E2E-CAP", 1);
        returns.receive(CLIENT, ret, ReturnFlows.item("E2E-CAP", 1, "PASS"));

        JsonNode reserved = Await.order(gateway, CLIENT, waiting, o -> !o.path("status").asText()
                .equals("UNFULFILLABLE"));
        assertThat(reserved.path("status").asText()).isIn("FULFILLABLE", "PROCESSING", "ONHOLD");
        assertThat(pools("E2E-CAP")).as("the returned unit, reserved by the waiting order")
                .isEqualTo(Map.of("GOOD", "1/1"));
    }

    private static Demo demo() {
        return new Demo(gateway, sandbox, System.out, java.time.Duration.ofMinutes(2));
    }

    private static void map(String channelSku, String sku) {
        assertThat(gateway.put(SELLER, "/v1/clients/" + CLIENT + "/sku-mappings",
                List.of(Map.of("channelSku", channelSku, "clientSku", sku))).status()).isEqualTo(200);
    }

    /** onHand/reserved per pool of the SKU at WH-BLR, as GET /inventory shows it. */
    private static Map<String, String> pools(String sku) {
        Map<String, String> byPool = new TreeMap<>();
        for (JsonNode location : gateway.get(SELLER, "/v1/clients/" + CLIENT + "/inventory?sku=" + sku).body()
                .path("skus").path(0).path("locations")) {
            byPool.put(location.path("pool").asText(), location.path("onHand").asInt() + "/"
                    + location.path("reserved").asInt());
        }
        return byPool;
    }
}
