package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_BRAND;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.B2B2C_PARTNER;
import static com.vmsflow.gateway.testing.GatewayHarness.LIST_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.LIST_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.OrderStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderReadTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String LIST = "/v1/clients/" + LIST_CLIENT + "/orders";

    @BeforeAll
    static void readModel() {
        for (String orderId : List.of("LS-1", "LS-2", "LS-3")) {
            gateway.recordOrder(LIST_CLIENT, orderId, OrderStatus.PROCESSING, List.of());
        }
        gateway.recordOrder(LIST_CLIENT, "LS-4", OrderStatus.PACKED, List.of());
    }

    @Test
    void anOrderIsReadFromItsWorkflow() {
        gateway.startOrder(RMS_CLIENT, "RD-1", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders/RD-1", RMS_SELLER_KEY);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode order = answer.json();
        assertThat(order.path("orderId").asText()).isEqualTo("RD-1");
        assertThat(order.path("status").asText()).isEqualTo("PROCESSING");
        assertThat(order.path("model").asText()).isEqualTo("RMS");
        assertThat(order.has("partnerClientId")).as("the client's own order").isFalse();
        assertThat(order.path("waitingFor").asText()).isEqualTo("WAREHOUSE");
        assertThat(order.path("archived").asBoolean()).isFalse();
        JsonNode line = order.path("lines").get(0);
        assertThat(line.path("sku").asText()).isEqualTo("TSHIRT-M");
        assertThat(line.path("ordered").asInt()).isEqualTo(2);
        assertThat(line.path("reserved").asInt()).isEqualTo(2);
        assertThat(order.path("history").findValuesAsText("status")).startsWith("CREATED").endsWith("PROCESSING");
    }

    @Test
    void anOrderWhoseWorkflowIsGoneIsReadFromTheReadModel() {
        gateway.recordOrder(RMS_CLIENT, "RD-2", OrderStatus.COMPLETED, List.of());

        Api.Answer answer = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders/RD-2", RMS_SELLER_KEY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("archived").asBoolean()).isTrue();
        assertThat(answer.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(answer.json().path("history").get(0).path("note").asText()).isEqualTo("recorded by the test");
        assertThat(answer.json().has("lines")).isFalse();
    }

    @Test
    void anArchivedOrderOnAPartnersAccountNamesThePartner() {
        gateway.recordPartnerOrder("RD-3", OrderStatus.COMPLETED, null);

        Api.Answer answer = gateway.api().get("/v1/clients/" + B2B2C_BRAND + "/orders/RD-3", B2B2C_ERP_KEY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("archived").asBoolean()).isTrue();
        assertThat(answer.json().path("partnerClientId").asText()).isEqualTo(B2B2C_PARTNER);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Api.Answer answer = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/orders/RD-NONE", RMS_SELLER_KEY);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().path("message").asText()).isEqualTo("order RD-NONE not found");
    }

    @Test
    void aBadPageIsRefusedNamingItsParameters() {
        Api.Answer zero = gateway.api().get(LIST + "?limit=0", LIST_WAREHOUSE_KEY);
        Api.Answer tooMany = gateway.api().get(LIST + "?limit=501&after=" + "x".repeat(201), LIST_WAREHOUSE_KEY);

        assertThat(zero.status()).as(zero.toString()).isEqualTo(422);
        assertThat(zero.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(zero.detail("limit")).isEqualTo("must be greater than or equal to 1");
        assertThat(tooMany.detail("limit")).isEqualTo("must be less than or equal to 500");
        assertThat(tooMany.detail("after")).isEqualTo("size must be between 0 and 200");
    }

    @Test
    void theWarehousePagesThroughTheOrdersToPick() {
        Api.Answer first = gateway.api().get(LIST + "?status=PROCESSING&limit=2", LIST_WAREHOUSE_KEY);
        Api.Answer second = gateway.api().get(LIST + "?status=PROCESSING&limit=2&after="
                + first.json().path("next").asText(), LIST_WAREHOUSE_KEY);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("orders").findValuesAsText("orderId")).containsExactly("LS-1", "LS-2");
        assertThat(first.json().path("next").asText()).isEqualTo("LS-2");
        assertThat(second.json().path("orders").findValuesAsText("orderId")).containsExactly("LS-3");
        assertThat(second.json().has("next")).isFalse();
    }

    @Test
    void withoutStatusEveryOrderIsListed() {
        Api.Answer answer = gateway.api().get(LIST, LIST_WAREHOUSE_KEY);

        assertThat(answer.json().path("orders").findValuesAsText("status"))
                .containsExactly("PROCESSING", "PROCESSING", "PROCESSING", "PACKED");
    }

    /** As a form sends an empty field; the document says so (allowEmptyValue), which the conformance check holds. */
    @Test
    void anEmptyStatusIsNoStatus() {
        Api.Answer answer = gateway.api().get(LIST + "?status=", LIST_WAREHOUSE_KEY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("orders").findValuesAsText("status"))
                .containsExactly("PROCESSING", "PROCESSING", "PROCESSING", "PACKED");
    }

    @Test
    void badParametersAreNamed() {
        Api.Answer status = gateway.api().get(LIST + "?status=SHIPPED", LIST_WAREHOUSE_KEY);
        Api.Answer limit = gateway.api().get(LIST + "?limit=0", LIST_WAREHOUSE_KEY);
        Api.Answer notANumber = gateway.api().get(LIST + "?limit=ten", LIST_WAREHOUSE_KEY);

        assertThat(status.status()).isEqualTo(422);
        assertThat(status.detail("status")).startsWith("must be one of CREATED, FAILED");
        assertThat(limit.status()).isEqualTo(422);
        assertThat(limit.detail("limit")).isEqualTo("must be greater than or equal to 1");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(notANumber.detail("limit")).isEqualTo("is not valid");
    }
}
