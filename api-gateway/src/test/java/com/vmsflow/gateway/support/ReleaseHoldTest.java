package com.vmsflow.gateway.support;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Support reads an ONHOLD order's hold in {@code GET /orders/{id}} and releases it early with {@code RELEASE_HOLD},
 * on the real workflow; an order that is not ONHOLD refuses it, and the refusal is audited.
 */
class ReleaseHoldTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void supportSeesWhyAnOrderIsOnHoldAndReleasesItEarly() {
        Instant dispatchAfter = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        gateway.startHeldOrder(RMS_CLIENT, "RH-1", Map.of("TSHIRT-M", 1), dispatchAfter);

        Api.Answer held = gateway.api().get(order("RH-1"), SUPPORT_KEY);
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("status").asText()).isEqualTo("ONHOLD");
        assertThat(held.json().get("onHoldReason").asText()).isEqualTo("DISPATCH_AFTER");
        assertThat(Instant.parse(held.json().get("onHoldUntil").asText())).isEqualTo(dispatchAfter);
        assertThat(held.json().get("waitingForWhat").asText()).contains("dispatch-after time");
        Api.Answer list = onHoldList();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("orders")).as("the list shows the hold too").anySatisfy(row -> {
            assertThat(row.get("orderId").asText()).isEqualTo("RH-1");
            assertThat(row.get("onHoldReason").asText()).isEqualTo("DISPATCH_AFTER");
            assertThat(Instant.parse(row.get("onHoldUntil").asText())).isEqualTo(dispatchAfter);
        });

        Api.Answer released = gateway.api().post(order("RH-1") + "/support-actions", SUPPORT_KEY, Map.of("action", "RELEASE_HOLD", "reason", "Ajio agreed to an early dispatch"));

        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("status").asText()).isNotEqualTo("ONHOLD");
        assertThat(released.json().has("onHoldReason")).isFalse();
        assertThat(gateway.awaitOrder(RMS_CLIENT, "RH-1", s -> s.status() == OrderStatus.PROCESSING, "released")
                .supportActions()).singleElement().satisfies(r -> assertThat(r.reason())
                        .isEqualTo("Ajio agreed to an early dispatch"));
        Api.Answer trail = gateway.api().get(order("RH-1") + "/support-actions", SUPPORT_KEY);
        assertThat(trail.json().get(0).get("action").asText()).isEqualTo("RELEASE_HOLD");
        assertThat(trail.json().get(0).get("outcome").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void releaseHoldIsRefusedWhenTheOrderIsNotOnHold() {
        gateway.startOrder(RMS_CLIENT, "RH-2", Map.of("TSHIRT-M", 1));

        Api.Answer refused = gateway.api().post(order("RH-2") + "/support-actions", SUPPORT_KEY, Map.of("action", "RELEASE_HOLD", "reason", "release it"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("NOT_AWAITING");
        assertThat(refused.json().get("message").asText()).contains("not ONHOLD: there is no hold to release");
        assertThat(gateway.orderState(RMS_CLIENT, "RH-2").status()).isEqualTo(OrderStatus.PROCESSING);
        Api.Answer trail = gateway.api().get(order("RH-2") + "/support-actions", SUPPORT_KEY);
        assertThat(trail.json().get(0).get("outcome").asText()).isEqualTo("REFUSED");
    }

    /** The ONHOLD orders' list, once the read model has the hold (it is written just after the workflow holds). */
    private static Api.Answer onHoldList() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Api.Answer list = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders?status=ONHOLD", SUPPORT_KEY);
        while (list.json().path("orders").isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            list = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders?status=ONHOLD", SUPPORT_KEY);
        }
        return list;
    }

    private static String order(String orderId) {
        return "/v1/clients/" + RMS_CLIENT + "/orders/" + orderId;
    }
}
