package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Path;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forward orders end to end, through every real part: an order made at the sandbox's Ajio is fetched by the sync
 * workflow, runs as a workflow on the worker, is packed and handed over through the gateway's API with the
 * warehouse's key, and the sandbox proves what reached Ajio, the RMS and the ERP, and that nothing arrived twice.
 */
class ForwardOrderEndToEndTest {

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.seconds(2));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
        Catalogue.stock(gateway, List.of("demo-rms", "demo-erp"), 100);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void anRmsOrderGoesFromAjioToCompletedAndEveryOutsideCallHappensOnce() {
        String orderId = sandbox.createOrder("demo-rms", line("AJ-TEE-M", 2, "799.00"),
                line("AJ-JEANS-32", 1, "1999.00")).orderId();

        JsonNode processing = awaitOrder("demo-rms", orderId, o -> o.path("status").asText().equals("PROCESSING"));
        assertThat(processing.path("lines")).extracting(l -> l.path("sku").asText())
                .containsExactly("TEE-M", "JEANS-32");
        Answer pack = gateway.post("dev-warehouse-demo-rms", "/v1/clients/demo-rms/orders/" + orderId + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 2, "notFound", 0, "damaged", 0),
                        Map.of("sku", "JEANS-32", "packed", 1, "notFound", 0, "damaged", 0))));
        assertThat(pack.status()).isEqualTo(202);
        awaitOrder("demo-rms", orderId, o -> o.path("status").asText().equals("PACKED"));
        Answer handover = gateway.post("dev-warehouse-demo-rms", "/v1/clients/demo-rms/handovers",
                Map.of("handoverId", "E2E-" + orderId, "courier", "Delhivery", "orderIds", List.of(orderId)));
        assertThat(handover.status()).isEqualTo(201);
        String manifestId = handover.body().path("manifests").path(0).path("manifestId").asText();

        JsonNode done = awaitOrder("demo-rms", orderId, o -> o.path("status").asText().equals("COMPLETED"));
        assertThat(done.path("manifestId").asText()).isEqualTo(manifestId);
        assertThat(done.path("documents")).extracting(d -> d.path("type").asText())
                .contains("B2B_INVOICE", "B2C_INVOICE", "SHIPPING_LABEL", "MANIFEST");
        assertThat(sandbox.order("demo-rms", orderId).manifestId()).isEqualTo(manifestId);

        CallCounts ajio = sandbox.calls(OutsideSystem.AJIO, null).counts();
        assertThat(ajio.applied("acknowledge", orderId)).isEqualTo(1);
        assertThat(ajio.applied("uploadB2bInvoice", orderId)).isEqualTo(1);
        assertThat(ajio.applied("createManifest", orderId)).isEqualTo(1);
        assertThat(ajio.businessKey("getB2cInvoice", orderId)).isEqualTo(1);
        assertThat(ajio.businessKey("getShippingLabel", orderId)).isEqualTo(1);
        String invoiceNumber = done.path("documents").path(0).path("number").asText();
        assertThat(sandbox.calls(OutsideSystem.RMS, null).counts().applied("registerEInvoice", "INV:" + invoiceNumber))
                .isEqualTo(1);
        OutsideEffects.nothingAppliedTwice(sandbox);

        Path exported = Path.of("target", "history-" + orderId + ".json");
        int export = new picocli.CommandLine(new VmsFlowCommand()).execute("history", "export",
                "order:demo-rms:" + orderId, "--address", stack.local.temporalAddress(), "--out", exported.toString());
        assertThat(export).isZero();
        assertThat(new picocli.CommandLine(new VmsFlowCommand()).execute("history", "replay", exported.toString()))
                .as("the exported history replays against this build").isZero();
    }

    @Test
    void anErpOrderIsInvoicedByTheErpThroughTheGatewayAndCompletes() {
        String orderId = sandbox.createOrder("demo-erp", line("AJ-TEE-M", 1, "799.00")).orderId();

        JsonNode processing = awaitOrder("demo-erp", orderId, o -> o.path("status").asText().equals("PROCESSING"));
        assertThat(processing.path("documents").path(0).path("issuer").asText()).as("the ERP's own e-invoice")
                .isEqualTo("ERP");
        Answer refused = gateway.post("dev-seller-demo-erp", "/v1/clients/demo-erp/orders/" + orderId
                + "/cancellations", Map.of("kind", "PARTIAL", "lines", List.of(Map.of("sku", "TEE-M", "quantity", 1)),
                "reason", "customer called"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CANCELLATION_NOT_ALLOWED");
        assertThat(refused.body().path("message").asText()).contains("ERP_SELLER_PARTIAL", "posted to the ERP");

        gateway.post("dev-warehouse-demo-erp", "/v1/clients/demo-erp/orders/" + orderId + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0))));
        awaitOrder("demo-erp", orderId, o -> o.path("status").asText().equals("PACKED"));
        assertThat(gateway.post("dev-warehouse-demo-erp", "/v1/clients/demo-erp/handovers", Map.of("handoverId",
                "E2E-" + orderId, "courier", "BlueDart", "orderIds", List.of(orderId))).status()).isEqualTo(201);
        JsonNode done = awaitOrder("demo-erp", orderId, o -> o.path("status").asText().equals("COMPLETED"));

        assertThat(done.path("cancellations")).as("the refused request left no trace").isEmpty();
        CallCounts erp = sandbox.calls(OutsideSystem.ERP, null).counts();
        assertThat(erp.operation("invoiceCallback")).isGreaterThanOrEqualTo(1);
        int postings = stack.local.jdbi().withHandle(h -> h.createQuery("select count(*) from erp_postings where order_id"
                + " = :o and delivered_at is not null").bind("o", orderId).mapTo(Integer.class).one());
        assertThat(postings).as("OUTWARD_ORDER_CREATE and OUTWARD_ORDER_COMPLETE delivered").isEqualTo(2);
        assertThat(sandbox.calls(OutsideSystem.AJIO, null).counts().applied("uploadB2bInvoice", orderId))
                .isEqualTo(1);
        OutsideEffects.nothingAppliedTwice(sandbox);
    }

    /**
     * A warehouse client that times out and sends its pack again, ten times at once and twice after: the gateway
     * gives each the same update id, and the real server runs the update once and answers every repeat with the
     * first's outcome (the SDK's test server lost such a repeat once; docs/temporal.md).
     */
    @Test
    void theSamePackSentTenTimesAtOnceIsTakenOnceAndEveryRepeatGetsTheFirstAnswer() throws Exception {
        String orderId = sandbox.createOrder("demo-rms", line("AJ-TEE-M", 1, "799.00")).orderId();
        awaitOrder("demo-rms", orderId, o -> o.path("status").asText().equals("PROCESSING"));
        String path = "/v1/clients/demo-rms/orders/" + orderId + "/pack";
        Map<String, Object> pack = Map.of("lines",
                List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0)));

        ExecutorService warehouse = Executors.newFixedThreadPool(10);
        List<Future<Answer>> atOnce = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            atOnce.add(warehouse.submit(() -> {
                ready.countDown();
                ready.await();
                return gateway.post("dev-warehouse-demo-rms", path, pack);
            }));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : atOnce) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        warehouse.shutdown();
        awaitOrder("demo-rms", orderId, o -> o.path("status").asText().equals("PACKED"));
        answers.add(gateway.post("dev-warehouse-demo-rms", path, pack));
        answers.add(gateway.post("dev-warehouse-demo-rms", path, pack));

        assertThat(answers).extracting(Answer::status).containsOnly(202);
        assertThat(answers).extracting(Answer::text).as("every repeat answered as the first").containsOnly(
                answers.get(0).text());
        List<HistoryEvent> accepted = stack.local.workflows().fetchHistory("order:demo-rms:" + orderId).getEvents()
                .stream().filter(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)
                .filter(e -> e.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest().getMeta()
                        .getUpdateId().startsWith("pack-"))
                .toList();
        assertThat(accepted).as("one pack in the order's history").hasSize(1);
        OutsideEffects.nothingAppliedTwice(sandbox);
    }

    private static NewOrderLine line(String channelSku, int quantity, String price) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal(price));
    }

    private static JsonNode awaitOrder(String client, String orderId, Predicate<JsonNode> condition) {
        return Await.order(gateway, client, orderId, condition);
    }
}
