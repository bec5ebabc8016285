package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.client.PostingMode;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model 1 with the ERP in PULL mode: the ERP (the sandbox's) reads the gateway's postings feed, acknowledges it, and
 * answers OUTWARD_ORDER_CREATE with its e-invoice; nothing is pushed to it, and each posting is read once.
 */
class ErpPullModeEndToEndTest {

    private static TestDatabase database;
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2));
                    config.clients.stream().filter(c -> c.clientId.equals("demo-erp"))
                            .forEach(c -> c.postingMode = PostingMode.PULL);
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
    }

    @AfterAll
    static void stop() {
        stack.close();
        database.close();
    }

    @Test
    void theErpReadsItsPostingsFromTheFeedAndTheOrderCompletes() throws Exception {
        GatewayClient gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        SandboxClient sandbox = stack.sandbox();
        gateway.put("dev-seller-demo-erp", "/v1/clients/demo-erp/sku-mappings",
                List.of(Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M")));
        gateway.put("dev-seller-demo-erp", "/v1/clients/demo-erp/inventory",
                List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 10)));
        String orderId = sandbox.createOrder("demo-erp",
                new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00"))).orderId();

        await(gateway, orderId, "PROCESSING");
        gateway.post("dev-warehouse-demo-erp", "/v1/clients/demo-erp/orders/" + orderId + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0))));
        await(gateway, orderId, "PACKED");
        gateway.post("dev-warehouse-demo-erp", "/v1/clients/demo-erp/handovers",
                Map.of("handoverId", "PULL-" + orderId, "courier", "Delhivery", "orderIds", List.of(orderId)));
        await(gateway, orderId, "COMPLETED");

        long deadline = System.currentTimeMillis() + 20_000;
        int unacknowledged = Integer.MAX_VALUE;
        while (unacknowledged > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            unacknowledged = stack.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from erp_postings where delivered_at is null").mapTo(Integer.class).one());
        }
        assertThat(unacknowledged).as("the ERP acknowledged everything it read").isZero();
        assertThat(sandbox.calls(OutsideSystem.ERP, "posting").counts().appliedByBusinessKey())
                .as("CREATE and COMPLETE, each read by the ERP once").hasSize(2)
                .allSatisfy((key, n) -> assertThat(n).isOne());
        Answer feed = gateway.get("dev-erp-demo-erp", "/v1/clients/demo-erp/postings");
        assertThat(feed.body().path("postings")).as("nothing served again after the acknowledgement").isEmpty();
    }

    private static JsonNode await(GatewayClient gateway, String orderId, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/demo-erp/orders/" + orderId);
            if (answer.ok()) {
                last = answer.body();
                if (status.equals(last.path("status").asText())) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(orderId + " did not reach " + status + "; last seen " + last);
    }
}
