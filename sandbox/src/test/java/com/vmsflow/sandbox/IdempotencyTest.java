package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    private AjioFlow ajio;
    private String orderId;

    @BeforeEach
    void order() {
        ajio = new AjioFlow(TestSandbox.shared());
        orderId = ajio.order(line("SKU-A", 5, "799.00"));
    }

    @Test
    void aRepeatedKeyAnswersTheFirstAnswerAgainAndChangesNothing() {
        String key = "cancel-" + orderId + "-1";

        Api.Reply first = cancelOne(key);
        Api.Reply repeat = cancelOne(key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(ajio.detail(orderId).line("1").cancelledQuantity()).isEqualTo(1);
        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "cancel").counts();
        assertThat(counts.businessKey("cancel", orderId)).isEqualTo(2);
        assertThat(counts.applied("cancel", orderId)).isEqualTo(1);
        assertThat(calls("cancel")).extracting(CallRecord::outcome, CallRecord::idempotencyKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.APPLIED, key),
                        org.assertj.core.groups.Tuple.tuple(Outcome.REPLAYED, key));
    }

    @Test
    void differentKeysAreDifferentCalls() {
        cancelOne("cancel-" + orderId + "-1");
        cancelOne("cancel-" + orderId + "-2");

        assertThat(ajio.detail(orderId).line("1").cancelledQuantity()).isEqualTo(2);
    }

    @Test
    void aRefusalIsAnsweredAgainToItsKey() {
        String key = "ack-" + orderId;
        Api.Reply refused = ajio.post("/orders/" + orderId + "/acknowledgement",
                Map.of("lines", List.of(new LineQuantity("1", 9))), key);

        Api.Reply repeat = ajio.post("/orders/" + orderId + "/acknowledgement",
                Map.of("lines", List.of(new LineQuantity("1", 5))), key);

        assertThat(refused.errorCode()).isEqualTo("QUANTITY_CHANGED");
        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ajio.detail(orderId).acknowledged()).isFalse();
    }

    @Test
    void concurrentRepeatsOfAKeyTakeEffectOnce() throws Exception {
        String key = "cancel-" + orderId + "-burst";
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> cancelOne(key));
        }

        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> reply : threads.invokeAll(calls)) {
            replies.add(reply.get());
        }
        threads.shutdown();

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(replies.get(0).body());
        });
        assertThat(replies).filteredOn(reply -> reply.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(ajio.detail(orderId).line("1").cancelledQuantity()).isEqualTo(1);
    }

    private Api.Reply cancelOne(String key) {
        return ajio.post("/orders/" + orderId + "/cancellation",
                Map.of("lines", List.of(new LineQuantity("1", 1)), "reason", "OUT_OF_STOCK"), key);
    }

    private List<CallRecord> calls(String operation) {
        return ajio.control.calls(OutsideSystem.AJIO, operation).calls().stream()
                .filter(call -> orderId.equals(call.businessKey()))
                .toList();
    }
}
