package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's search and credentials outage end to end, through the real gateway, worker, Temporal and PostgreSQL
 * against the sandbox: an order found by each of its five keys as the real writers stored them, and Ajio refusing a
 * client's credentials while orders come in, none lost once it takes them again.
 */
class OrderSearchAndCredentialsEndToEndTest {

    private static final String RMS = "demo-rms";
    private static final String CN = "demo-cn";

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.seconds(2));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
        for (String client : List.of(RMS, CN)) {
            assertThat(gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings",
                    List.of(Map.of("channelSku", "AJ-E2E-SEARCH", "clientSku", "E2E-SEARCH"))).status())
                    .isEqualTo(200);
            assertThat(gateway.put("dev-erp-" + client, "/v1/clients/" + client + "/inventory",
                    List.of(Map.of("sku", "E2E-SEARCH", "location", "WH-BLR", "quantity", 100))).status())
                    .isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aPackedOrderIsFoundByEachOfItsFiveKeys() {
        String order = sandbox.createOrder(RMS, new NewOrder(null, null, List.of(line()), "CUST-E2E-1", null, null)).orderId();
        Await.order(gateway, RMS, order, o -> o.path("status").asText().equals("PROCESSING"));
        assertThat(gateway.post("dev-warehouse-" + RMS, "/v1/clients/" + RMS + "/orders/" + order + "/pack",
                Map.of("lines", List.of(Map.of("sku", "E2E-SEARCH", "packed", 1, "notFound", 0, "damaged", 0))))
                .status()).isEqualTo(202);
        JsonNode packed = Await.order(gateway, RMS, order, o -> o.path("status").asText().equals("PACKED"));
        String irn = document(packed, "B2B_INVOICE").path("irn").asText();
        String awb = document(packed, "SHIPPING_LABEL").path("number").asText();

        assertThat(search(order.toLowerCase(Locale.ROOT))).containsExactly(order);
        assertThat(search("CUST-E2E-1")).containsExactly(order);
        assertThat(search("PO-" + order)).as("Ajio's B2B order's PO number").containsExactly(order);
        assertThat(search(irn)).containsExactly(order);
        assertThat(search(awb)).containsExactly(order);
        assertThat(search("NOT-AN-ORDER")).isEmpty();
    }

    @Test
    void ordersMadeWhileAjioRefusesTheCredentialsAllArriveOnceItTakesThemAgain() {
        sandbox.revokeCredentials(CN);
        JsonNode refused = Await.until(() -> orderSync(CN), s -> s.path("waitingFor").asText().equals("SUPPORT"),
                20_000);
        assertThat(refused.path("waitingFor").asText()).isEqualTo("SUPPORT");
        assertThat(refused.path("problem").asText()).contains("401 BAD_CREDENTIALS");
        List<String> during = List.of(sandbox.createOrder(CN, line()).orderId(),
                sandbox.createOrder(CN, line()).orderId());
        Await.until(() -> orderSync(CN), s -> s.path("polls").asLong() > refused.path("polls").asLong() + 3, 10_000);
        for (String order : during) {
            assertThat(gateway.get("dev-support", "/v1/clients/" + CN + "/orders/" + order).status())
                    .as("not fetched while Ajio refuses the credentials").isEqualTo(404);
        }

        sandbox.restoreCredentials(CN);
        for (String order : during) {
            Await.order(gateway, CN, order, o -> o.path("status").asText().equals("PROCESSING"));
        }
        JsonNode resumed = Await.until(() -> orderSync(CN), s -> s.path("waitingFor").asText().equals("NONE"),
                10_000);

        assertThat(resumed.path("waitingFor").asText()).isEqualTo("NONE");
        assertThat(resumed.has("problem")).isFalse();
    }

    private static List<String> search(String key) {
        Answer answer = gateway.get("dev-support", "/v1/clients/" + RMS + "/orders?search=" + key);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return StreamSupport.stream(answer.body().path("orders").spliterator(), false)
                .map(o -> o.path("orderId").asText()).toList();
    }

    private static JsonNode orderSync(String client) {
        Answer answer = gateway.get("dev-support", "/v1/clients/" + client + "/channels");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return StreamSupport.stream(answer.body().path("channels").spliterator(), false)
                .filter(c -> c.path("kind").asText().equals("AJIO")).findFirst().orElseThrow().path("orderSync");
    }

    private static JsonNode document(JsonNode order, String type) {
        return StreamSupport.stream(order.path("documents").spliterator(), false)
                .filter(d -> d.path("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static NewOrderLine line() {
        return new NewOrderLine("AJ-E2E-SEARCH", 1, new BigDecimal("799.00"));
    }
}
