package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderRefusals;
import com.vmsflow.sandbox.ajio.order.OrderStatus;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order's refuse-next switches: Ajio refuses one operation of one order, and nothing else. */
class AjioRefuseNextTest {

    private AjioFlow ajio;

    @BeforeEach
    void newSeller() {
        ajio = new AjioFlow(TestSandbox.shared());
    }

    @Test
    void theUploadOfOneOrderIsRefusedOnceThenAcceptedWhileAnotherOrderOfTheSellerIsAcceptedThroughout() {
        String held = acknowledgedOrder();
        String other = acknowledgedOrder();
        Map<String, Object> heldInvoice = AjioFlow.invoice(Map.of("1", 2));

        OrderRefusals switches = ajio.control.refuseNext(ajio.seller, held, "uploadB2bInvoice", 1);
        Api.Reply otherUpload = upload(other, AjioFlow.invoice(Map.of("1", 2)), "upload-other");
        Api.Reply refused = upload(held, heldInvoice, "upload-held");
        OrderDetail afterRefusal = ajio.detail(held);
        Api.Reply retried = upload(held, heldInvoice, "upload-held");

        assertThat(switches.orderId()).isEqualTo(held);
        assertThat(switches.refuseNext()).containsExactly(Map.entry("uploadB2bInvoice", 1));
        assertThat(otherUpload.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("OPERATION_REFUSED");
        assertThat(refused.body().get("message").asText()).contains("uploadB2bInvoice", held);
        assertThat(afterRefusal.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        assertThat(afterRefusal.invoiceId()).isNull();
        assertThat(retried.status()).as("the refusal is not remembered for its key").isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(ajio.detail(held).invoiceId()).isEqualTo(retried.body().get("invoiceId").asText());
        assertThat(ajio.detail(other).status()).isEqualTo(OrderStatus.INVOICED);

        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "uploadB2bInvoice").counts();
        assertThat(counts.businessKey("uploadB2bInvoice", held)).isEqualTo(2);
        assertThat(counts.applied("uploadB2bInvoice", held)).isEqualTo(1);
        assertThat(counts.businessKey("uploadB2bInvoice", other)).isEqualTo(1);
        assertThat(counts.applied("uploadB2bInvoice", other)).isEqualTo(1);
        assertThat(calls("uploadB2bInvoice", held)).extracting(CallRecord::status, CallRecord::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(422, Outcome.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(201, Outcome.APPLIED));
    }

    @Test
    void theNextTimesCallsAreRefusedReadsToo() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));
        ajio.invoiceAll(orderId);
        String label = "/orders/" + orderId + "/shipping-label";

        ajio.control.refuseNext(ajio.seller, orderId, "getShippingLabel", 3);
        List<Integer> refused = List.of(ajio.get(label).status(), ajio.get(label).status());
        OrderRefusals left = ajio.control.refuseNext(ajio.seller, orderId, "getB2cInvoice", 1);
        int third = ajio.get(label).status();
        boolean fetchedWhileRefused = ajio.detail(orderId).labelFetched();
        Api.Reply fourth = ajio.get(label);
        Api.Reply b2cRefused = ajio.get("/orders/" + orderId + "/b2c-invoice");
        Api.Reply b2c = ajio.get("/orders/" + orderId + "/b2c-invoice");

        assertThat(refused).containsExactly(422, 422);
        assertThat(left.refuseNext()).containsExactly(Map.entry("getB2cInvoice", 1),
                Map.entry("getShippingLabel", 1));
        assertThat(third).isEqualTo(422);
        assertThat(fetchedWhileRefused).isFalse();
        assertThat(fourth.status()).isEqualTo(200);
        assertThat(b2cRefused.errorCode()).isEqualTo("OPERATION_REFUSED");
        assertThat(b2c.status()).isEqualTo(200);
        assertThat(ajio.detail(orderId).labelFetched()).isTrue();
        assertThat(calls("getShippingLabel", orderId)).extracting(CallRecord::outcome)
                .containsExactly(Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.READ);
    }

    @Test
    void aRefusedAcknowledgementOrCancellationChangesNothingAndTimesDefaultsToOnce() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));
        String path = switchPath(orderId);
        Map<String, Object> oneUnit = Map.of("lines", List.of(new LineQuantity("1", 1)));

        Api.Reply once = ajio.api.post(path, null, Map.of("operation", "acknowledge"), null);
        ajio.control.refuseNext(ajio.seller, orderId, "cancel", 1);
        Api.Reply acknowledgement = ajio.post("/orders/" + orderId + "/acknowledgement",
                Map.of("lines", List.of(new LineQuantity("1", 2))));
        Api.Reply cancellation = ajio.post("/orders/" + orderId + "/cancellation", oneUnit);
        OrderDetail unchanged = ajio.detail(orderId);

        assertThat(once.status()).isEqualTo(200);
        assertThat(once.body().get("refuseNext").get("acknowledge").asInt()).isEqualTo(1);
        assertThat(acknowledgement.status()).isEqualTo(422);
        assertThat(cancellation.status()).isEqualTo(422);
        assertThat(unchanged.acknowledged()).isFalse();
        assertThat(unchanged.line("1").cancelledQuantity()).isZero();
        ajio.acknowledgeAll(orderId);
        assertThat(ajio.detail(orderId).acknowledged()).isTrue();
        assertThat(ajio.post("/orders/" + orderId + "/cancellation", oneUnit).status()).isEqualTo(200);
    }

    @Test
    void theOrderReadsCanBeRefusedAndACallWithoutAValidTokenUsesUpNoRefusal() {
        String orderId = acknowledgedOrder();
        for (String operation : List.of("getOrder", "getB2bOrder")) {
            ajio.control.refuseNext(ajio.seller, orderId, operation, 1);
        }

        assertThat(ajio.api.get("/ajio/v1/orders/" + orderId, "no-such-token").status()).isEqualTo(401);
        assertThat(ajio.get("/orders/" + orderId).errorCode()).isEqualTo("OPERATION_REFUSED");
        assertThat(ajio.get("/orders/" + orderId + "/b2b").errorCode()).isEqualTo("OPERATION_REFUSED");
        assertThat(ajio.get("/orders/" + orderId).status()).isEqualTo(200);
        assertThat(ajio.get("/orders/" + orderId + "/b2b").status()).isEqualTo(200);
    }

    @Test
    void deleteClearsTheSwitchesOfTheOrder() {
        String orderId = acknowledgedOrder();
        ajio.control.refuseNext(ajio.seller, orderId, "uploadB2bInvoice", 5);
        ajio.control.refuseNext(ajio.seller, orderId, "getOrder", 100);

        ajio.control.clearRefusals(ajio.seller, orderId);

        assertThat(ajio.get("/orders/" + orderId).status()).isEqualTo(200);
        assertThat(upload(orderId, AjioFlow.invoice(Map.of("1", 2)), null).status()).isEqualTo(201);
        assertThat(ajio.control.refuseNext(ajio.seller, orderId, "getOrder", 1).refuseNext())
                .containsExactly(Map.entry("getOrder", 1));
    }

    @Test
    void anUnknownSellerOrOrderIsNotFound() {
        String orderId = ajio.order(line("SKU-A", 1, "799.00"));

        assertRefused(() -> ajio.control.refuseNext(ajio.seller, "FL-NO-SUCH", "getOrder", 1), 404,
                "ORDER_NOT_FOUND");
        assertRefused(() -> ajio.control.refuseNext(TestSandbox.newSeller(), orderId, "getOrder", 1), 404,
                "ORDER_NOT_FOUND");
        assertRefused(() -> ajio.control.clearRefusals(ajio.seller, "FL-NO-SUCH"), 404, "ORDER_NOT_FOUND");
    }

    @Test
    void aBadOperationOrTimesIsABadRequestAndSetsNothing() {
        String orderId = ajio.order(line("SKU-A", 1, "799.00"));
        String path = switchPath(orderId);

        assertRefused(() -> ajio.control.refuseNext(ajio.seller, orderId, "uploadInvoice", 1), 400,
                "UNKNOWN_OPERATION");
        assertRefused(() -> ajio.control.refuseNext(ajio.seller, orderId, "createManifest", 1), 400,
                "UNKNOWN_OPERATION");
        for (int times : new int[] {0, -1, 101}) {
            assertRefused(() -> ajio.control.refuseNext(ajio.seller, orderId, "getOrder", times), 400,
                    "INVALID_TIMES");
        }
        Api.Reply noOperation = ajio.api.post(path, null, Map.of("times", 2), null);
        Api.Reply noBody = ajio.api.postRaw(path, "");

        assertThat(noOperation.status()).isEqualTo(400);
        assertThat(noOperation.body().get("message").asText()).startsWith("operation is required")
                .contains("uploadB2bInvoice", "getShippingLabel");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.errorCode()).isEqualTo("UNKNOWN_OPERATION");
        assertThat(ajio.get("/orders/" + orderId).status()).isEqualTo(200);
        assertThatThrownBy(() -> ajio.control.refuseNext(ajio.seller, orderId, "getOrder", 101))
                .hasMessageContaining("times must be between 1 and 100, not 101");
        assertThat(ajio.control.refuseNext(ajio.seller, orderId, "getOrder", 100).refuseNext())
                .containsExactly(Map.entry("getOrder", 100));
    }

    private String acknowledgedOrder() {
        String orderId = ajio.order(line("SKU-A", 2, "799.00"));
        ajio.acknowledgeAll(orderId);
        return orderId;
    }

    /** The control path of the order's switches, for bodies {@link SandboxClient#refuseNext} cannot send. */
    private String switchPath(String orderId) {
        return "/sandbox/ajio/" + ajio.seller + "/orders/" + orderId + "/refuse-next";
    }

    private Api.Reply upload(String orderId, Map<String, Object> invoice, String idempotencyKey) {
        return ajio.post("/orders/" + orderId + "/b2b-invoice", invoice, idempotencyKey);
    }

    private List<CallRecord> calls(String operation, String orderId) {
        return ajio.control.calls(OutsideSystem.AJIO, operation).calls().stream()
                .filter(call -> orderId.equals(call.businessKey()))
                .toList();
    }

    private static void assertRefused(ThrowingCallable call, int status, String errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SandboxClientException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorCode()).isEqualTo(errorCode);
        });
    }
}
