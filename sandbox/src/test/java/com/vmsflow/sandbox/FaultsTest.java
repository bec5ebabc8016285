package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.sandbox.ajio.order.LineQuantity;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import com.vmsflow.sandbox.faults.FaultSettings;
import io.dropwizard.util.Duration;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults are switched for the whole sandbox, so this test has its own. */
class FaultsTest {

    private static final long LOST_RESPONSE_DELAY_MS = 1_500;

    private static SandboxServer sandbox;
    private static SandboxClient control;

    private Api api;
    private String token;
    private String orderId;

    @BeforeAll
    static void start() {
        SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
        configuration.lostResponseDelay = Duration.milliseconds(LOST_RESPONSE_DELAY_MS);
        configuration.faultSeed = 7L;
        sandbox = SandboxServer.start(configuration);
        control = new SandboxClient(sandbox.baseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void orderAndToken() {
        api = new Api(sandbox.baseUrl());
        token = api.token("faulty-seller");
        orderId = control.createOrder("faulty-seller", line("SKU-A", 2, "10.00")).orderId();
    }

    @AfterEach
    void noFaults() {
        control.clearFaults();
    }

    @Test
    void anErrorFaultAnswers503WithoutEffect() {
        control.setFaults(new FaultSettings(OutsideSystem.AJIO, 0, 1.0, 0, 0));

        Api.Reply reply = acknowledge(api, "ack-503-" + orderId);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(control.order("faulty-seller", orderId).acknowledged()).isFalse();
        assertThat(lastCall("acknowledge").outcome()).isEqualTo(Outcome.FAULT);
        control.clearFaults();
        Api.Reply retried = acknowledge(api, "ack-503-" + orderId);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aThrottleFaultAnswers429WithRetryAfterWithoutEffect() {
        control.setFaults(new FaultSettings(OutsideSystem.AJIO, 0, 0, 1.0, 0));

        Api.Reply reply = acknowledge(api, null);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(control.order("faulty-seller", orderId).acknowledged()).isFalse();
    }

    @Test
    void aLostResponseTakesEffectButTheAnswerComesTooLate() {
        control.setFaults(new FaultSettings(OutsideSystem.AJIO, 0, 0, 0, 1.0));
        Api impatient = api.withHttp(new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build());
        String key = "ack-lost-" + orderId;

        assertThatThrownBy(() -> acknowledge(impatient, key))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(control.order("faulty-seller", orderId).acknowledged()).isTrue();
        assertThat(lastCall("acknowledge").outcome()).isEqualTo(Outcome.APPLIED);

        long start = System.nanoTime();
        Api.Reply patientRetry = acknowledge(api, key);
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(patientRetry.status()).isEqualTo(200);
        assertThat(patientRetry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(waitedMs).isGreaterThanOrEqualTo(LOST_RESPONSE_DELAY_MS);
    }

    @Test
    void latencyDelaysEveryCall() {
        control.setFaults(new FaultSettings(OutsideSystem.AJIO, 400, 0, 0, 0));

        long start = System.nanoTime();
        Api.Reply reply = api.get("/ajio/v1/orders/" + orderId, token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void faultsHitOnlyTheirSystemAndNeverTheControlEndpoints() {
        control.setFaults(new FaultSettings(OutsideSystem.RMS, 0, 1.0, 0, 0));
        control.setFaults(new FaultSettings(OutsideSystem.ERP, 0, 1.0, 0, 0));

        Api.Reply ajio = acknowledge(api, null);
        Api.Reply rms = api.post("/rms/v1/e-invoices", null, Map.of(), null);

        assertThat(ajio.status()).isEqualTo(200);
        assertThat(rms.status()).isEqualTo(503);
        assertThat(control.order("faulty-seller", orderId).acknowledged()).isTrue();
    }

    @Test
    void theInventoryCallsHaveAjiosFaults() {
        control.setFaults(new FaultSettings(OutsideSystem.AJIO, 0, 1.0, 0, 0));

        Api.Reply push = api.post("/ajio/v1/inventory", token,
                Map.of("items", List.of(Map.of("sku", "SKU-A", "quantity", 5))), null);
        Api.Reply list = api.get("/ajio/v1/inventory", token);

        assertThat(push.status()).isEqualTo(503);
        assertThat(list.status()).isEqualTo(503);
        assertThat(control.ajioInventory("faulty-seller", "SKU-A").items()).isEmpty();
        List<CallRecord> pushes = control.calls(OutsideSystem.AJIO, "pushInventory").calls();
        assertThat(pushes.get(pushes.size() - 1).outcome()).isEqualTo(Outcome.FAULT);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> control.setFaults(new FaultSettings(OutsideSystem.AJIO, 0, 1.5, 0, 0)))
                .isInstanceOfSatisfying(SandboxClientException.class,
                        e -> assertThat(e.status()).isEqualTo(422));
    }

    private Api.Reply acknowledge(Api caller, String key) {
        return caller.post("/ajio/v1/orders/" + orderId + "/acknowledgement", token,
                Map.of("lines", List.of(new LineQuantity("1", 2))), key);
    }

    private CallRecord lastCall(String operation) {
        List<CallRecord> calls = control.calls(OutsideSystem.AJIO, operation).calls().stream()
                .filter(call -> orderId.equals(call.businessKey()))
                .toList();
        return calls.get(calls.size() - 1);
    }
}
