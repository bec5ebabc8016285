package com.vmsflow.gateway.returns;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.ReturnStandIns.calls;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.ReturnType;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.ReturnStandIns;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.returns.RtoRequest;
import com.vmsflow.returns.RtoState;
import com.vmsflow.returns.RtoWorkflow;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /rto-receipts}: the order's RTO workflow is started with the receipt (signal-with-start), asks Ajio for
 * the RTO and hands the receipt to the return Ajio generates; repeats answer the same, other receipts conflict.
 */
class RtoReceiptTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String RTO_RECEIPTS = "/v1/clients/" + ERP_CLIENT + "/rto-receipts";

    private static Map<String, Object> body(String orderId, int quantity) {
        return Map.of("orderId", orderId, "items", List.of(Map.of("sku", "TSHIRT-M", "quantity", quantity,
                "qc", "PASS")));
    }

    private static RtoState awaitRto(String orderId, java.util.function.Predicate<RtoState> condition) {
        RtoWorkflow rto = gateway.workflows().newWorkflowStub(RtoWorkflow.class,
                RtoWorkflow.idFor(ERP_CLIENT, orderId));
        long deadline = System.currentTimeMillis() + 10_000;
        RtoState state = rto.state();
        while (!condition.test(state)) {
            assertThat(System.currentTimeMillis()).as("the RTO got there: " + state).isLessThan(deadline);
            sleep();
            state = rto.state();
        }
        return state;
    }

    @Test
    void anRtoIsAskedOfAjioAndItsReceiptGoesToTheReturnAjioGenerates() {
        gateway.recordOrder(ERP_CLIENT, "RTO-1", OrderStatus.COMPLETED, List.of());

        Api.Answer answer = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-1", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("orderId").asText()).isEqualTo("RTO-1");
        assertThat(answer.json().path("status").asText()).isEqualTo("RECEIVED");
        awaitRto("RTO-1", s -> s.timesAsked() == 1);
        assertThat(calls("requestRto RTO-1 [RtoItem[channelSku=TSHIRT-M, quantity=2]]")).isEqualTo(1);
        RtoRequest request = startInput(RtoWorkflow.idFor(ERP_CLIENT, "RTO-1"));
        assertThat(request).isEqualTo(new RtoRequest(ERP_CLIENT, "RTO-1", Duration.ofMinutes(30)));

        Api.Answer again = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-1", 2));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("timesAsked").asInt()).as("the same RTO, not asked again").isEqualTo(1);

        // Ajio's expectation arrives on the returns feed: the sync starts its return and tells the RTO workflow.
        ReturnWorkflow rtoReturn = ReturnStandIns.startReturn(gateway.workflows(), ERP_CLIENT, "RTO-RET-1", "RTO-1",
                ReturnType.RTO, Map.of("TSHIRT-M", 2));
        gateway.workflows().newWorkflowStub(RtoWorkflow.class, RtoWorkflow.idFor(ERP_CLIENT, "RTO-1"))
                .expectationArrived("RTO-RET-1");
        awaitRto("RTO-1", RtoState::delivered);
        assertThat(ReturnStandIns.await(rtoReturn, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE,
                "settling").receipt().items()).containsExactly(new ReceivedItem("TSHIRT-M", 2,
                com.vmsflow.ajio.QcResult.PASS));

        Api.Answer afterDelivery = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-1", 2));
        Api.Answer other = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-1", 1));

        assertThat(afterDelivery.status()).as(afterDelivery.toString()).isEqualTo(202);
        assertThat(afterDelivery.json().path("status").asText()).isEqualTo("DELIVERED");
        assertThat(afterDelivery.json().path("returnId").asText()).isEqualTo("RTO-RET-1");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(other.json().path("message").asText()).contains("RTO-RET-1");
        assertThat(calls("requestRto RTO-1 [RtoItem[channelSku=TSHIRT-M, quantity=2]]")).isEqualTo(1);
    }

    @Test
    void theSameRtoReceiptWithItsItemsInAnotherOrderAnswersAsTheFirstTime() {
        gateway.recordOrder(ERP_CLIENT, "RTO-8", OrderStatus.HANDED_OVER, List.of());
        Api.Answer first = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, Map.of("orderId", "RTO-8", "items",
                List.of(Map.of("sku", "TSHIRT-M", "quantity", 1, "qc", "PASS"),
                        Map.of("sku", "CAP", "quantity", 1, "qc", "FAIL"))));
        Api.Answer reordered = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, Map.of("orderId", "RTO-8", "items",
                List.of(Map.of("sku", "CAP", "quantity", 1, "qc", "FAIL"),
                        Map.of("sku", "TSHIRT-M", "quantity", 1, "qc", "PASS"))));
        Api.Answer other = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, Map.of("orderId", "RTO-8", "items",
                List.of(Map.of("sku", "CAP", "quantity", 1, "qc", "PASS"),
                        Map.of("sku", "TSHIRT-M", "quantity", 1, "qc", "PASS"))));

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(202);
        assertThat(reordered.json().path("status")).isEqualTo(first.json().path("status"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
    }

    @Test
    void aDifferentReceiptForAnRtoUnderWayIsAConflict() {
        gateway.recordOrder(ERP_CLIENT, "RTO-2", OrderStatus.HANDED_OVER, List.of());
        assertThat(gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-2", 1)).status()).isEqualTo(202);

        Api.Answer other = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-2", 2));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(awaitRto("RTO-2", s -> s.timesAsked() == 1).receipt().items().get(0).quantity()).isEqualTo(1);
    }

    @Test
    void anOrderWeDoNotKnowOrThatNeverShippedTakesNoRto() {
        gateway.startOrder(ERP_CLIENT, "RTO-3", Map.of("TSHIRT-M", 1));

        Api.Answer unknown = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-UNKNOWN", 1));
        Api.Answer processing = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, body("RTO-3", 1));
        Api.Answer malformed = gateway.api().post(RTO_RECEIPTS, WAREHOUSE_KEY, Map.of("items", List.of()));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.detail("orderId")).isEqualTo("unknown order RTO-UNKNOWN");
        assertThat(processing.status()).isEqualTo(409);
        assertThat(processing.code()).isEqualTo("NOT_AWAITING");
        assertThat(processing.json().path("message").asText()).contains("FULFILLABLE");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.detail("orderId")).isEqualTo("must not be blank");
        assertThat(malformed.detail("items")).startsWith("size must be between 1");
        assertThat(calls("requestRto RTO-3 [RtoItem[channelSku=TSHIRT-M, quantity=1]]")).isZero();
    }

    private static RtoRequest startInput(String workflowId) {
        HistoryEvent started = gateway.workflows().fetchHistory(workflowId).getEvents().get(0);
        return DataConverters.vmsflow().fromPayloads(0,
                Optional.of(started.getWorkflowExecutionStartedEventAttributes().getInput()), RtoRequest.class,
                RtoRequest.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
