package com.vmsflow.gateway.handover;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.TestHandoverWorkflow;
import com.vmsflow.order.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HandoverTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String HANDOVERS = "/v1/clients/" + ERP_CLIENT + "/handovers";

    private static List<String> packedOrders(String prefix, int count) {
        List<String> orderIds = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String orderId = prefix + "-" + i;
            gateway.recordOrder(ERP_CLIENT, orderId, OrderStatus.PACKED, List.of());
            orderIds.add(orderId);
        }
        return orderIds;
    }

    private static Map<String, Object> handover(String handoverId, String courier, List<String> orderIds) {
        return Map.of("handoverId", handoverId, "courier", courier, "orderIds", orderIds);
    }

    @Test
    void aHandoverAnswersItsManifestsOnePer250Orders() {
        List<String> orders = packedOrders("HO1", 260);

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-1", "Delhivery", orders));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        assertThat(body.path("handoverId").asText()).isEqualTo("H-1");
        assertThat(body.path("courier").asText()).isEqualTo("Delhivery");
        assertThat(body.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.path("manifests").findValuesAsText("manifestId")).containsExactly("MF-H-1-1", "MF-H-1-2");
        assertThat(body.path("manifests").get(0).path("orderIds").size()).isEqualTo(250);
        assertThat(body.path("manifests").get(1).path("orderIds").size()).isEqualTo(10);
        assertThat(answer.header("Location")).endsWith(HANDOVERS + "/H-1");
    }

    @Test
    void theSameHandoverAgainAnswersAsTheFirstTime() {
        List<String> orders = packedOrders("HO2", 2);
        Api.Answer first = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-2", "Delhivery", orders));

        Api.Answer again = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-2", "Delhivery", List.of(orders.get(1), orders.get(0))));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void aHandoverIdTakenByAnotherHandoverIsAConflict() {
        List<String> orders = packedOrders("HO3", 3);
        gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-3", "Delhivery", orders.subList(0, 2)));

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-3", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("message").asText()).contains("H-3");
    }

    @Test
    void ordersOnAnotherHandoverAreAConflictNamingIt() {
        List<String> orders = packedOrders("HO4", 3);
        gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-4", "Delhivery", orders.subList(1, 2)));

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-5", "Bluedart", orders));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("details").size()).isEqualTo(1);
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HO4-2 is on handover H-4");
    }

    @Test
    void unknownOrdersAreInvalid() {
        List<String> orders = new ArrayList<>(packedOrders("HO6", 1));
        orders.add("HO6-NONE");

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-6", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.detail("orderIds[1]")).isEqualTo("unknown order");
    }

    @Test
    void ordersNotPackedAreNotAwaitingAHandover() {
        List<String> orders = new ArrayList<>(packedOrders("HO7", 1));
        gateway.recordOrder(ERP_CLIENT, "HO7-PROCESSING", OrderStatus.PROCESSING, List.of());
        orders.add("HO7-PROCESSING");

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-7", "Delhivery", orders));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.detail("orderIds[1]")).isEqualTo("order HO7-PROCESSING is PROCESSING, not PACKED");
    }

    @Test
    void aSlowHandoverAnswersInProgressAndIsReadLater() {
        List<String> orders = packedOrders("HO8", 2);

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-8", TestHandoverWorkflow.SLOW_COURIER, orders));
        Api.Answer meanwhile = gateway.api().get(HANDOVERS + "/H-8", SUPPORT_KEY);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(meanwhile.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        Api.Answer later = meanwhile;
        long deadline = System.currentTimeMillis() + 10_000;
        while (!later.json().path("status").asText().equals("COMPLETED") && System.currentTimeMillis() < deadline) {
            sleep();
            later = gateway.api().get(HANDOVERS + "/H-8", SELLER_KEY);
        }
        assertThat(later.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(later.json().path("manifests").get(0).path("orderIds").size()).isEqualTo(2);
    }

    @Test
    void anUnknownHandoverIsNotFound() {
        Api.Answer answer = gateway.api().get(HANDOVERS + "/H-NONE", WAREHOUSE_KEY);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theBodyIsChecked() {
        List<String> tooMany = IntStream.range(0, 2001).mapToObj(i -> "X-" + i).toList();

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                Map.of("handoverId", "no spaces please", "orderIds", List.of("A", "B", "A")));
        Api.Answer big = gateway.api().post(HANDOVERS, WAREHOUSE_KEY, handover("H-9", "Delhivery", tooMany));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("handoverId")).isEqualTo("must be 1 to 64 of A-Z, a-z, 0-9, _ and -");
        assertThat(answer.detail("courier")).isEqualTo("must not be blank");
        assertThat(answer.detail("orderIds[2]")).isEqualTo("appears more than once");
        assertThat(big.detail("orderIds")).isEqualTo("size must be between 1 and 2000");
    }

    @Test
    void anotherClientsOrdersAreUnknown() {
        gateway.recordOrder(RMS_CLIENT, "HO10-1", OrderStatus.PACKED, List.of());

        Api.Answer answer = gateway.api().post(HANDOVERS, WAREHOUSE_KEY,
                handover("H-10", "Delhivery", List.of("HO10-1")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("orderIds[0]")).isEqualTo("unknown order");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
