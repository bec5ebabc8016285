package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * B2B2C end to end (seed 002), through every real part: an order on the partner's seller account at the sandbox's
 * Ajio is fetched by the partner's sync and runs as the brand's order; the brand's warehouse packs it through the
 * gateway; the sandbox's ERP of the brand answers the pack confirmation with its e-invoice to the partner through the
 * gateway; only then is Ajio told of the packing, as the partner; the brand's warehouse hands it over.
 */
class B2b2cEndToEndTest {

    private static final String BRAND = "demo-brand";
    private static final String PARTNER = "demo-partner";

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.seconds(2));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
        assertThat(gateway.put("dev-seller-" + PARTNER, "/v1/clients/" + PARTNER + "/sku-mappings",
                List.of(Map.of("channelSku", "AJP-TEE-M", "clientSku", "TEE-M"))).status())
                .as("the partner uploads its mappings: they are the brand's").isEqualTo(200);
        assertThat(gateway.put("dev-warehouse-" + BRAND, "/v1/clients/" + BRAND + "/inventory",
                List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 50))).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void thePartnersAjioOrderIsTheBrandsAndAjioHearsOfThePackingOnlyAfterTheBrandsEInvoice() {
        String orderId = sandbox.createOrder(PARTNER, line("AJP-TEE-M", 2, "799.00")).orderId();

        JsonNode processing = awaitOrder(orderId, o -> o.path("status").asText().equals("PROCESSING"));
        assertThat(processing.path("partnerClientId").asText()).isEqualTo(PARTNER);
        assertThat(processing.path("lines").path(0).path("sku").asText()).isEqualTo("TEE-M");
        assertThat(gateway.get("dev-support", "/v1/clients/" + PARTNER + "/orders/" + orderId).status())
                .as("the order is the brand's, not the partner's").isEqualTo(404);
        pack(orderId);
        JsonNode packed = awaitOrder(orderId, o -> o.path("status").asText().equals("PACKED"));
        assertThat(packed.path("documents")).extracting(d -> d.path("type").asText())
                .containsSubsequence("B2B2C_INVOICE", "B2B_INVOICE", "B2C_INVOICE", "SHIPPING_LABEL");
        Answer handover = gateway.post("dev-warehouse-" + BRAND, "/v1/clients/" + BRAND + "/handovers",
                Map.of("handoverId", "E2E-B2B2C-" + orderId, "courier", "Delhivery", "orderIds", List.of(orderId)));
        assertThat(handover.status()).isEqualTo(201);
        JsonNode done = awaitOrder(orderId, o -> o.path("status").asText().equals("COMPLETED"));

        assertThat(done.path("manifestId").asText()).isNotEmpty();
        CallCounts ajio = sandbox.calls(OutsideSystem.AJIO, null).counts();
        assertThat(ajio.applied("acknowledge", orderId)).isEqualTo(1);
        assertThat(ajio.applied("uploadB2bInvoice", orderId)).isEqualTo(1);
        assertThat(ajio.applied("createManifest", orderId)).isEqualTo(1);
        assertThat(sandbox.order(PARTNER, orderId).manifestId()).as("on the partner's seller account")
                .isEqualTo(done.path("manifestId").asText());
        assertThat(sandbox.erp(BRAND).postingsByOrder().get(orderId)).extracting(Enum::name)
                .containsExactly("B2B2C_PACK_CONFIRMATION");
        Instant eInvoiced = only(sandbox.calls(OutsideSystem.ERP, "b2b2cInvoiceCallback").calls(), orderId).at();
        Instant atAjio = only(sandbox.calls(OutsideSystem.AJIO, "uploadB2bInvoice").calls(), orderId).at();
        assertThat(atAjio).as("no marketplace pack confirmation before the brand's e-invoice").isAfter(eInvoiced);
        OutsideEffects.nothingAppliedTwice(sandbox);

        Path exported = Path.of("target", "history-b2b2c-" + orderId + ".json");
        assertThat(new picocli.CommandLine(new VmsFlowCommand()).execute("history", "export",
                "order:" + BRAND + ":" + orderId, "--address", stack.local.temporalAddress(), "--out",
                exported.toString())).isZero();
        assertThat(new picocli.CommandLine(new VmsFlowCommand()).execute("history", "replay", exported.toString()))
                .as("the exported history replays against this build").isZero();
    }

    @Test
    void anOrderWhoseEInvoiceIsLateIsKeptBackAtTheHandoverAndHandedOverOnTheNext() {
        String ready = sandbox.createOrder(PARTNER, line("AJP-TEE-M", 1, "799.00")).orderId();
        String late = sandbox.createOrder(PARTNER, line("AJP-TEE-M", 1, "799.00")).orderId();
        awaitOrder(ready, o -> o.path("status").asText().equals("PROCESSING"));
        pack(ready);
        awaitOrder(ready, o -> o.path("status").asText().equals("PACKED"));
        awaitOrder(late, o -> o.path("status").asText().equals("PROCESSING"));
        sandbox.erpBehaviour(BRAND, new ErpBehaviour(15_000L, null));
        try {
            pack(late);
            awaitOrder(late, o -> o.path("waitingFor").asText().equals("ERP"));
        } finally {
            sandbox.erpBehaviour(BRAND, new ErpBehaviour(1_000L, null));
        }

        Answer first = gateway.post("dev-warehouse-" + BRAND, "/v1/clients/" + BRAND + "/handovers",
                Map.of("handoverId", "E2E-KEPT-" + ready, "courier", "Delhivery", "orderIds", List.of(ready, late)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("keptBack")).singleElement().satisfies(kept -> {
            assertThat(kept.path("orderId").asText()).isEqualTo(late);
            assertThat(kept.path("reason").asText()).contains("B2B2C e-invoice");
        });
        assertThat(first.body().path("manifests").path(0).path("orderIds")).extracting(JsonNode::asText)
                .containsExactly(ready);
        awaitOrder(ready, o -> o.path("status").asText().equals("COMPLETED"));
        awaitOrder(late, o -> o.path("status").asText().equals("PACKED"));
        assertThat(gateway.post("dev-warehouse-" + BRAND, "/v1/clients/" + BRAND + "/handovers", Map.of("handoverId",
                "E2E-KEPT-" + late, "courier", "Delhivery", "orderIds", List.of(late))).status()).isEqualTo(201);
        awaitOrder(late, o -> o.path("status").asText().equals("COMPLETED"));
        assertThat(sandbox.calls(OutsideSystem.AJIO, null).counts().applied("createManifest", late)).isEqualTo(1);
        OutsideEffects.nothingAppliedTwice(sandbox);
    }

    @Test
    void aCancellationAfterTheBrandsEInvoiceIsBookedBackFromThePartnerOnce() {
        String orderId = sandbox.createOrder(PARTNER, line("AJP-TEE-M", 1, "799.00")).orderId();
        awaitOrder(orderId, o -> o.path("status").asText().equals("PROCESSING"));
        sandbox.refuseNext(PARTNER, orderId, "uploadB2bInvoice", 1);
        pack(orderId);
        awaitOrder(orderId, o -> o.path("waitingFor").asText().equals("SUPPORT"));

        Answer cancelled = gateway.post("dev-seller-" + BRAND, "/v1/clients/" + BRAND + "/orders/" + orderId
                + "/cancellations", Map.of("kind", "FULL", "reason", "the partner's customer changed her mind"));

        assertThat(cancelled.status()).isEqualTo(200);
        awaitOrder(orderId, o -> o.path("status").asText().equals("CANCELLED"));
        assertThat(sandbox.erp(BRAND).postingsByOrder().get(orderId)).extracting(Enum::name)
                .containsExactly("B2B2C_PACK_CONFIRMATION", "B2B2C_RETURN");
        assertThat(sandbox.calls(OutsideSystem.AJIO, null).counts().applied("uploadB2bInvoice", orderId)).isZero();
        int returns = stack.local.jdbi().withHandle(h -> h.createQuery("select count(*) from erp_postings where"
                + " order_id = :o and event_type = 'B2B2C_RETURN' and delivered_at is not null")
                .bind("o", orderId).mapTo(Integer.class).one());
        assertThat(returns).isEqualTo(1);
        OutsideEffects.nothingAppliedTwice(sandbox);
    }

    private static CallRecord only(List<CallRecord> calls, String orderId) {
        List<CallRecord> ofTheOrder = calls.stream().filter(c -> orderId.equals(c.businessKey())).toList();
        assertThat(ofTheOrder).hasSize(1);
        return ofTheOrder.get(0);
    }

    private static void pack(String orderId) {
        assertThat(gateway.post("dev-warehouse-" + BRAND, "/v1/clients/" + BRAND + "/orders/" + orderId + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", awaitOrder(orderId, o -> true)
                        .path("lines").path(0).path("ordered").asInt(), "notFound", 0, "damaged", 0)))).status())
                .isEqualTo(202);
    }

    private static NewOrderLine line(String channelSku, int quantity, String price) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal(price));
    }

    private static JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) {
        return Await.order(gateway, BRAND, orderId, condition);
    }
}
