package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.CallsReport;
import com.vmsflow.sandbox.calls.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clearing the record is global, so this test has its own sandbox. */
class CallsRecordTest {

    private static SandboxServer sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfiguration.defaults(0));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everyCallIsRecordedWithItsOutcomeAndCounted() {
        SandboxClient control = new SandboxClient(sandbox.baseUrl());
        Api api = new Api(sandbox.baseUrl());
        control.clearCalls();
        String orderId = control.createOrder("recorded-seller", line("SKU-A", 1, "10.00")).orderId();
        String token = api.token("recorded-seller");
        Map<String, Object> acknowledgement = Map.of("lines", List.of(new LineQuantity("1", 1)));
        String path = "/ajio/v1/orders/" + orderId;

        api.get(path, token);
        api.post(path + "/acknowledgement", token, acknowledgement, "key-1");
        api.post(path + "/acknowledgement", token, acknowledgement, "key-1");
        api.post(path + "/acknowledgement", token, acknowledgement, "key-2");

        CallsReport ajio = control.calls(OutsideSystem.AJIO, null);
        assertThat(ajio.calls()).extracting(CallRecord::operation, CallRecord::businessKey,
                        CallRecord::idempotencyKey, CallRecord::status, CallRecord::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("token", "recorded-seller", null, 200, Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("getOrder", orderId, null, 200, Outcome.READ),
                        org.assertj.core.groups.Tuple.tuple("acknowledge", orderId, "key-1", 200, Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("acknowledge", orderId, "key-1", 200, Outcome.REPLAYED),
                        org.assertj.core.groups.Tuple.tuple("acknowledge", orderId, "key-2", 409, Outcome.REFUSED));
        assertThat(ajio.calls()).allSatisfy(call -> {
            assertThat(call.system()).isEqualTo(OutsideSystem.AJIO);
            assertThat(call.at()).isNotNull();
        });
        CallCounts counts = ajio.counts();
        assertThat(counts.byOperation()).containsEntry("token", 1L).containsEntry("getOrder", 1L)
                .containsEntry("acknowledge", 3L);
        assertThat(counts.businessKey("acknowledge", orderId)).isEqualTo(3);
        assertThat(counts.applied("acknowledge", orderId)).isEqualTo(1);
        assertThat(control.calls(OutsideSystem.AJIO, "acknowledge").calls()).hasSize(3);
        assertThat(control.calls(OutsideSystem.RMS, null).calls()).isEmpty();

        control.clearCalls();

        CallsReport cleared = control.calls(null, null);
        assertThat(cleared.calls()).isEmpty();
        assertThat(cleared.counts().byOperation()).isEmpty();
    }
}
