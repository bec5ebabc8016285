package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Support staff acting on an order through the gateway with a SUPPORT key: the action reaches the workflow, is
 * refused when the order has nothing to retry, and every request lands in the audit trail with the key that made it.
 */
class SupportActionsEndToEndTest {

    private static TestStack stack;
    private static GatewayClient gateway;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.minutes(10));
        gateway = stack.gateway;
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void supportRetriesAFailedOrderOnceTheCatalogueIsFixedAndEveryRequestIsAudited() throws Exception {
        String orderId = stack.sandbox.createOrder("demo-rms",
                new NewOrderLine("AJ-SOCKS-FREE", 1, new BigDecimal("299.00"))).orderId();
        String path = "/v1/clients/demo-rms/orders/" + orderId;
        await(path, "FAILED");
        // The catalogue is fixed behind the API's back (a bulk load, say): nothing tells the order.
        stack.local.jdbi().useHandle(h -> h.execute("insert into sku_mappings (client_id, channel_sku, client_sku)"
                + " values ('demo-rms', 'AJ-SOCKS-FREE', 'SOCKS-FREE')"));

        Answer seller = gateway.post("dev-seller-demo-rms", path + "/support-actions",
                Map.of("action", "RETRY", "reason", "mapping loaded"));
        Answer retry = gateway.post("dev-support", path + "/support-actions",
                Map.of("action", "RETRY", "reason", "mapping loaded in bulk by the catalogue team"));
        JsonNode unfulfillable = await(path, "UNFULFILLABLE");
        Answer nothingToSkip = gateway.post("dev-support", path + "/support-actions",
                Map.of("action", "SKIP", "reason", "no reason"));

        assertThat(seller.status()).isEqualTo(403);
        assertThat(seller.code()).isEqualTo("FORBIDDEN");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(unfulfillable.path("lines").path(0).path("sku").asText()).isEqualTo("SOCKS-FREE");
        assertThat(nothingToSkip.status()).isEqualTo(409);
        assertThat(nothingToSkip.code()).isEqualTo("NOT_AWAITING");
        JsonNode trail = gateway.get("dev-support", path + "/support-actions").body();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(trail.get(0).path("action").asText()).isEqualTo("RETRY");
        assertThat(trail.get(0).path("caller").asText()).startsWith("SUPPORT#");
        assertThat(trail.get(0).path("reason").asText()).isEqualTo("mapping loaded in bulk by the catalogue team");
        assertThat(trail.get(1).path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(trail.get(1).path("refusalCode").asText()).isEqualTo("NOT_AWAITING");
        assertThat(gateway.get("dev-seller-demo-rms", path + "/support-actions").status())
                .as("the trail is support's").isEqualTo(403);
        JsonNode order = gateway.get("dev-support", path).body();
        assertThat(order.path("history").toString()).contains("FAILED", "UNFULFILLABLE");
        assertThat(List.of(order.path("status").asText())).containsExactly("UNFULFILLABLE");
    }

    private static JsonNode await(String path, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            Answer answer = gateway.get("dev-support", path);
            if (answer.ok()) {
                last = answer.body();
                if (status.equals(last.path("status").asText())) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not reach " + status + "; last " + last);
    }
}
