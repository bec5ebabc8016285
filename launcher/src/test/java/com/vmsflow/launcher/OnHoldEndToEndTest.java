package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's ONHOLD orders through every real part: Ajio's dispatch-after time holds an allocated order until it
 * passes, and the time Ajio moves reaches the held order through the sync's order-updates relay; a replacement waits
 * for Ajio's word that the original's return was picked up. Support reads the hold in the order view and the list.
 */
class OnHoldEndToEndTest {

    private static TestStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        stack = TestStack.start(Duration.seconds(1));
        gateway = stack.gateway;
        sandbox = stack.sandbox;
        Catalogue.stock(gateway, List.of("demo-rms"), 100);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void anOrderIsHeldUntilAjiosDispatchAfterTimeFollowingTheTimeAjioMovesAndIsReleasedByItself() {
        Instant dispatchAfter = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        String orderId = sandbox.createOrder("demo-rms", new NewOrder(null, null, List.of(line("AJ-TEE-M", 1)),
                null, dispatchAfter, null)).orderId();

        JsonNode held = awaitOrder(orderId, o -> status(o).equals("ONHOLD"));
        assertThat(held.path("onHoldReason").asText()).isEqualTo("DISPATCH_AFTER");
        assertThat(Instant.parse(held.path("onHoldUntil").asText())).isEqualTo(dispatchAfter);
        assertThat(held.path("waitingForWhat").asText()).contains("dispatch-after time");
        JsonNode listed = Await.until(() -> onHoldList().path("orders"), rows -> contains(rows, orderId), 10_000);
        assertThat(listed).as("the list shows the hold").anySatisfy(row -> {
            assertThat(row.path("orderId").asText()).isEqualTo(orderId);
            assertThat(row.path("onHoldReason").asText()).isEqualTo("DISPATCH_AFTER");
        });

        Instant moved = dispatchAfter.plusSeconds(6);
        sandbox.moveDispatchAfter("demo-rms", orderId, moved);
        JsonNode followed = awaitOrder(orderId, o -> o.path("onHoldUntil").asText().equals(moved.toString()));
        assertThat(status(followed)).as("still held, until the moved time").isEqualTo("ONHOLD");

        JsonNode released = awaitOrder(orderId, o -> status(o).equals("PROCESSING"));
        assertThat(released.hasNonNull("onHoldReason")).isFalse();
        JsonNode release = releaseOf(released);
        assertThat(release.path("note").asText()).contains("dispatch-after time", "has passed");
        assertThat(Instant.parse(release.path("at").asText())).as("not released before the moved time")
                .isAfterOrEqualTo(moved);
        assertThat(contains(Await.until(() -> onHoldList().path("orders"), rows -> !contains(rows, orderId), 10_000),
                orderId)).as("gone from the ONHOLD list").isFalse();
    }

    @Test
    void aReplacementIsHeldUntilAjioSaysTheOriginalsReturnWasPickedUp() {
        String original = sandbox.createOrder("demo-rms", line("AJ-TEE-M", 1)).orderId();
        String replacement = sandbox.createOrder("demo-rms", new NewOrder(null, null, List.of(line("AJ-TEE-M", 1)),
                null, null, original)).orderId();

        JsonNode held = awaitOrder(replacement, o -> status(o).equals("ONHOLD"));
        assertThat(held.path("onHoldReason").asText()).isEqualTo("RETURN_PICKUP");
        assertThat(held.hasNonNull("onHoldUntil")).as("no time: Ajio's word releases it").isFalse();
        assertThat(held.path("waitingFor").asText()).isEqualTo("AJIO");
        assertThat(held.path("waitingForWhat").asText()).contains(original, "picked up");
        sleep(2_000);
        assertThat(status(awaitOrder(replacement, o -> true))).as("no word from Ajio, still held").isEqualTo("ONHOLD");

        sandbox.returnPickedUp("demo-rms", replacement);

        JsonNode released = awaitOrder(replacement, o -> status(o).equals("PROCESSING"));
        assertThat(releaseOf(released).path("note").asText()).contains("return of order " + original,
                "picked up");
        assertThat(released.hasNonNull("onHoldReason")).isFalse();
    }

    /** The demo's two ONHOLD flows, run as the demo runs them: each summary row shows what it expected. */
    @Test
    void theDemosOnHoldFlowsEndAsTheirSummaryRowsExpect() throws Exception {
        Demo demo = new Demo(gateway, sandbox, System.out, java.time.Duration.ofMinutes(2));
        Map<String, Demo.Flow> flows = new LinkedHashMap<>();
        new OnHoldFlows(demo).addTo(flows);
        List<Demo.Outcome> outcomes = new ArrayList<>();
        for (Demo.Flow flow : flows.values()) {
            flow.run(outcomes);
        }

        assertThat(flows).hasSize(2);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.expected()).isEqualTo("ONHOLD → COMPLETED");
            assertThat(o.ok()).as(o.toString()).isTrue();
        });
    }

    /** The status change that ended the hold: the first after ONHOLD. */
    private static JsonNode releaseOf(JsonNode order) {
        JsonNode history = order.path("history");
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i - 1).path("status").asText().equals("ONHOLD")) {
                return history.get(i);
            }
        }
        throw new AssertionError("no release in " + history);
    }

    private static boolean contains(JsonNode rows, String orderId) {
        for (JsonNode row : rows) {
            if (row.path("orderId").asText().equals(orderId)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode onHoldList() {
        return gateway.get("dev-support", "/v1/clients/demo-rms/orders?status=ONHOLD").body();
    }

    private static String status(JsonNode order) {
        return order.path("status").asText();
    }

    private static NewOrderLine line(String channelSku, int quantity) {
        return new NewOrderLine(channelSku, quantity, new BigDecimal("799.00"));
    }

    private static JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition) {
        return Await.order(gateway, "demo-rms", orderId, condition);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
