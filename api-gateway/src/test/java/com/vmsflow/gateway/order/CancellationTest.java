package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CancellationTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static String cancellations(String clientId, String orderId) {
        return "/v1/clients/" + clientId + "/orders/" + orderId + "/cancellations";
    }

    @Test
    void aFullCancellationAnswersTheCancelledOrder() {
        gateway.startOrder(ERP_CLIENT, "CN-1", Map.of("TSHIRT-M", 2, "CAP", 1));

        Api.Answer answer = gateway.api().post(cancellations(ERP_CLIENT, "CN-1"), SELLER_KEY,
                Map.of("kind", "FULL", "reason", "customer asked"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode order = answer.json();
        assertThat(order.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.path("lines").findValuesAsText("cancelled")).containsOnly("2", "1");
        assertThat(order.path("cancellations").get(0).path("reason").asText()).isEqualTo("customer asked (by SELLER)");
    }

    @Test
    void aPartialCancellationNamesItsLinesAndSupportMayAskToo() {
        gateway.startOrder(RMS_CLIENT, "CN-2", Map.of("TSHIRT-M", 3));

        Api.Answer answer = gateway.api().post(cancellations(RMS_CLIENT, "CN-2"), SUPPORT_KEY,
                Map.of("kind", "PARTIAL", "lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1)),
                        "reason", "short shipment"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("PROCESSING");
        assertThat(answer.json().path("lines").get(0).path("cancelled").asInt()).isEqualTo(1);
        assertThat(answer.json().path("cancellations").get(0).path("reason").asText())
                .isEqualTo("short shipment (by SUPPORT)");
    }

    @Test
    void theSameRequestAgainAnswersAsTheFirstAndCancelsNothingMore() {
        gateway.startOrder(RMS_CLIENT, "CN-3", Map.of("TSHIRT-M", 3));
        Map<String, Object> body = Map.of("kind", "PARTIAL",
                "lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1)), "reason", "customer asked");

        Api.Answer first = gateway.api().post(cancellations(RMS_CLIENT, "CN-3"), RMS_SELLER_KEY, body);
        Api.Answer again = gateway.api().post(cancellations(RMS_CLIENT, "CN-3"), RMS_SELLER_KEY, body);

        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.json().path("lines").get(0).path("cancelled").asInt()).isEqualTo(1);
        assertThat(GatewayHarness.validations(RMS_CLIENT, "CN-3")).isEqualTo(1);
    }

    @Test
    void aCancellationTheRulesRefuseIsNotAllowedAndNamesTheRule() {
        gateway.startOrder(ERP_CLIENT, "CN-4", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(cancellations(ERP_CLIENT, "CN-4"), SELLER_KEY,
                Map.of("kind", "PARTIAL", "lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1)),
                        "reason", "customer asked"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CANCELLATION_NOT_ALLOWED");
        assertThat(answer.json().path("message").asText()).startsWith("refused by rule ERP_SELLER_PARTIAL: ");
        assertThat(answer.detail("rule")).isEqualTo("ERP_SELLER_PARTIAL");
    }

    @Test
    void aPackedOrderCannotBeCancelled() {
        gateway.startOrder(RMS_CLIENT, "CN-5", Map.of("TSHIRT-M", 1));
        Api.Answer packed = gateway.api().post("/v1/clients/" + RMS_CLIENT + "/orders/CN-5/pack", RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(Map.of("sku", "TSHIRT-M", "packed", 1, "notFound", 0, "damaged", 0))));
        assertThat(packed.status()).isEqualTo(202);

        Api.Answer answer = gateway.api().post(cancellations(RMS_CLIENT, "CN-5"), RMS_SELLER_KEY,
                Map.of("kind", "FULL", "reason", "customer asked"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CANCELLATION_NOT_ALLOWED");
        assertThat(answer.json().path("message").asText()).contains("RMS_SELLER", "PACKED");
    }

    @Test
    void aPartialCancellationWithoutLinesOrAFullOneWithLinesIsInvalid() {
        Api.Answer partial = gateway.api().post(cancellations(RMS_CLIENT, "CN-6"), RMS_SELLER_KEY,
                Map.of("kind", "PARTIAL", "reason", "customer asked"));
        Api.Answer full = gateway.api().post(cancellations(RMS_CLIENT, "CN-6"), RMS_SELLER_KEY,
                Map.of("kind", "FULL", "lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1)),
                        "reason", "customer asked"));

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.detail("lines")).isEqualTo("must not be empty for PARTIAL");
        assertThat(full.status()).isEqualTo(422);
        assertThat(full.detail("lines")).startsWith("must be absent for FULL");
    }

    @Test
    void theReasonIsRequiredAndShort() {
        Api.Answer missing = gateway.api().post(cancellations(RMS_CLIENT, "CN-6"), RMS_SELLER_KEY,
                Map.of("kind", "FULL"));
        Api.Answer tooLong = gateway.api().post(cancellations(RMS_CLIENT, "CN-6"), RMS_SELLER_KEY,
                Map.of("kind", "FULL", "reason", "x".repeat(501)));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.detail("reason")).isEqualTo("must not be blank");
        assertThat(tooLong.detail("reason")).isEqualTo("size must be between 0 and 500");
    }

    @Test
    void anUnknownKindIsAMalformedRequest() {
        Api.Answer answer = gateway.api().post(cancellations(RMS_CLIENT, "CN-6"), RMS_SELLER_KEY,
                Map.of("kind", "HALF", "reason", "customer asked"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(answer.detail("kind")).isEqualTo("must be one of FULL, PARTIAL");
    }

    @Test
    void theWorkflowsValidatorNamesAnUnknownSku() {
        gateway.startOrder(RMS_CLIENT, "CN-7", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(cancellations(RMS_CLIENT, "CN-7"), RMS_SELLER_KEY,
                Map.of("kind", "PARTIAL", "lines", List.of(Map.of("sku", "SOCKS", "quantity", 1)),
                        "reason", "customer asked"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("lines[0].sku")).isEqualTo("SKU SOCKS is not on this order");
    }
}
