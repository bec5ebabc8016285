package com.vmsflow.gateway.order;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PackTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static String pack(String orderId) {
        return "/v1/clients/" + RMS_CLIENT + "/orders/" + orderId + "/pack";
    }

    /** The packed quantity of each line, in the order's line order. */
    private static List<String> packed(Api.Answer answer) {
        return answer.json().path("lines").findValuesAsText("packed");
    }

    private static Map<String, Object> line(String sku, Object packed, Object notFound, Object damaged) {
        return Map.of("sku", sku, "packed", packed, "notFound", notFound, "damaged", damaged);
    }

    @Test
    void aPackResultIsHandedToTheWorkflowAndAnswersTheOrder() {
        gateway.startOrder(RMS_CLIENT, "PK-1", Map.of("TSHIRT-M", 2, "CAP", 1));

        Api.Answer answer = gateway.api().post(pack("PK-1"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 1, 1, 0), line("CAP", 1, 0, 0))));

        // The workflow answers once it has taken the pack result; the invoice and the label at Ajio follow.
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("status").asText()).isEqualTo("PROCESSING");
        assertThat(answer.json().path("waitingFor").asText()).isEqualTo("AJIO");
        assertThat(answer.json().path("lines").findValuesAsText("sku")).containsExactlyInAnyOrder("TSHIRT-M", "CAP");
        assertThat(packed(answer)).containsExactly("1", "1");
        assertThat(gateway.awaitOrder(RMS_CLIENT, "PK-1", s -> s.status() == OrderStatus.PACKED, "PACKED").history()
                .stream().map(StatusChange::status)).endsWith(OrderStatus.PROCESSING, OrderStatus.PACKED);
    }

    @Test
    void theSamePackResultAgainAnswersTheSameWithoutReachingTheWorkflow() {
        gateway.startOrder(RMS_CLIENT, "PK-2", Map.of("TSHIRT-M", 2));
        Map<String, Object> body = Map.of("lines", List.of(line("TSHIRT-M", 2, 0, 0)));

        Api.Answer first = gateway.api().post(pack("PK-2"), RMS_WAREHOUSE_KEY, body);
        Api.Answer again = gateway.api().post(pack("PK-2"), RMS_WAREHOUSE_KEY, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(GatewayHarness.validations(RMS_CLIENT, "PK-2")).isEqualTo(1);
    }

    @Test
    void theSamePackResultWrittenOtherwiseAnswersAsTheFirstTimeAndADifferentOneIsStillAConflict() {
        gateway.startOrder(RMS_CLIENT, "PK-8", Map.of("TSHIRT-M", 2, "CAP", 1));
        Api.Answer first = gateway.api().post(pack("PK-8"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 2, 0, 0), line("CAP", 1, 0, 0))));

        // Its lines in another order: another request (another update id), the same pack result. (Counts are
        // integers: 1.0 is a malformed count, not another way of writing 1.)
        Api.Answer again = gateway.api().post(pack("PK-8"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("CAP", 1, 0, 0), line("TSHIRT-M", 2, 0, 0))));
        int validations = GatewayHarness.validations(RMS_CLIENT, "PK-8");
        Api.Answer other = gateway.api().post(pack("PK-8"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("CAP", 0, 1, 0), line("TSHIRT-M", 2, 0, 0))));

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        // A new update: it answers the order as it stands now, with the first pack result.
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(packed(again)).isEqualTo(packed(first));
        assertThat(validations).as("recognised by the workflow's validator, not by its update id").isEqualTo(2);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
    }

    @Test
    void aDifferentPackResultAfterTheFirstIsAConflict() {
        gateway.startOrder(RMS_CLIENT, "PK-3", Map.of("TSHIRT-M", 2));
        gateway.api().post(pack("PK-3"), RMS_WAREHOUSE_KEY, Map.of("lines", List.of(line("TSHIRT-M", 2, 0, 0))));

        Api.Answer answer = gateway.api().post(pack("PK-3"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 1, 0, 1))));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CONFLICT");
        assertThat(answer.json().path("message").asText()).contains("a different pack result");
    }

    @Test
    void theWorkflowsValidatorNamesTheBadLines() {
        gateway.startOrder(RMS_CLIENT, "PK-4", Map.of("TSHIRT-M", 2));

        Api.Answer answer = gateway.api().post(pack("PK-4"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 1, 0, 0), line("SOCKS", 1, 0, 0))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().path("message").asText()).isEqualTo("the pack result does not match the order");
        assertThat(answer.detail("lines[0]")).isEqualTo("accounts for 1 units but the order has 2 open of SKU TSHIRT-M");
        assertThat(answer.detail("lines[1].sku")).isEqualTo("SKU SOCKS is not on this order");
    }

    @Test
    void aBadBodyIsRefusedNamingEachField() {
        Api.Answer answer = gateway.api().post(pack("PK-5"), RMS_WAREHOUSE_KEY, Map.of("lines", List.of(
                line("TSHIRT-M", -1, 0, 100_001), Map.of("sku", " ", "packed", 1), line("TSHIRT-M", 0, 0, 0))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().path("details").size()).as(answer.toString()).isEqualTo(6);
        assertThat(answer.detail("lines[0].packed")).isEqualTo("must be greater than or equal to 0");
        assertThat(answer.detail("lines[0].damaged")).isEqualTo("must be less than or equal to 100000");
        assertThat(answer.detail("lines[1].sku")).isEqualTo("must not be blank");
        assertThat(answer.detail("lines[1].notFound")).isEqualTo("must not be null");
        assertThat(answer.detail("lines[1].damaged")).isEqualTo("must not be null");
        assertThat(answer.detail("lines[2].sku")).isEqualTo("appears more than once");
    }

    @Test
    void noLinesIsRefused() {
        Api.Answer empty = gateway.api().post(pack("PK-5"), RMS_WAREHOUSE_KEY, Map.of("lines", List.of()));
        Api.Answer missing = gateway.api().post(pack("PK-5"), RMS_WAREHOUSE_KEY, Map.of());

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.detail("lines")).isEqualTo("size must be between 1 and 1000");
        assertThat(missing.detail("lines")).isEqualTo("must not be null");
    }

    @Test
    void anOrderWithoutWorkflowIsNotFound() {
        Api.Answer answer = gateway.api().post(pack("PK-NONE"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 1, 0, 0))));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anOrderWhoseWorkflowHasEndedIsNotAwaitingAndNamesItsStatus() {
        gateway.startOrder(RMS_CLIENT, "PK-6", Map.of("TSHIRT-M", 2));
        Api.Answer cancelled = gateway.api().post("/v1/clients/" + RMS_CLIENT + "/orders/PK-6/cancellations",
                RMS_SELLER_KEY, Map.of("kind", "FULL", "reason", "customer asked"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        Api.Answer answer = gateway.api().post(pack("PK-6"), RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 2, 0, 0))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("NOT_AWAITING");
        assertThat(answer.json().path("message").asText()).contains("CANCELLED");
    }
}
