package com.vmsflow.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.config.HttpSettings;
import com.vmsflow.http.JsonHttp;
import com.vmsflow.json.Json;
import io.dropwizard.util.Duration;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErpClientTest {

    private final MockWebServer server = new MockWebServer();
    private ErpClient erp;
    private ErpPostingMessage posting;

    @BeforeEach
    void start() throws IOException {
        server.start();
        erp = client(Duration.seconds(2));
        posting = new ErpPostingMessage(42, "msg-42", "OUTWARD_ORDER_CREATE", "FL1000001", null,
                Instant.parse("2026-11-23T12:00:00Z"), tree("{\"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 2}]}"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void deliversAPostingKeyedByItsMessageId() throws Exception {
        server.enqueue(json(200, "{\"status\": \"RECEIVED\"}"));

        assertThat(erp.deliver(erpUrl(), posting)).isEqualTo(ErpReceipt.RECEIVED);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/erp/demo-erp/postings");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("msg-42");
        assertThat(tree(request.getBody().readUtf8())).isEqualTo(tree("""
                {"id": 42, "messageId": "msg-42", "eventType": "OUTWARD_ORDER_CREATE", "orderId": "FL1000001",
                 "createdAt": "2026-11-23T12:00:00Z",
                 "payload": {"lines": [{"sku": "TSHIRT-M", "quantity": 2}]}}"""));
    }

    @Test
    void aDuplicateIsSuccessToo() {
        server.enqueue(json(200, "{\"status\": \"DUPLICATE\"}"));

        assertThat(erp.deliver(erpUrl(), posting)).isEqualTo(ErpReceipt.DUPLICATE);
    }

    @Test
    void aRefusalFailsNonRetryable() {
        server.enqueue(json(400, "{\"errorCode\": \"BAD_POSTING\", \"message\": \"unknown eventType\"}"));

        ApplicationFailure failure = failureOf(() -> erp.deliver(erpUrl(), posting));

        assertThat(failure.getType()).isEqualTo(ErpClient.REFUSED);
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("ERP refused deliver OUTWARD_ORDER_CREATE (400 BAD_POSTING): unknown eventType");
    }

    @Test
    void aServerErrorIsRetryable() {
        server.enqueue(json(502, "Bad Gateway"));

        ApplicationFailure failure = failureOf(() -> erp.deliver(erpUrl(), posting));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage())
                .isEqualTo("ERP failed deliver OUTWARD_ORDER_CREATE (502): Bad Gateway");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsRetryable() {
        ErpClient impatient = client(Duration.milliseconds(200));
        server.enqueue(json(200, "{\"status\": \"RECEIVED\"}").setHeadersDelay(1, TimeUnit.SECONDS));

        ApplicationFailure failure = failureOf(() -> impatient.deliver(erpUrl(), posting));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
    }

    private String erpUrl() {
        return server.url("/erp/demo-erp").toString();
    }

    private static ErpClient client(Duration readTimeout) {
        HttpSettings settings = new HttpSettings();
        settings.connectTimeout = Duration.seconds(1);
        settings.readTimeout = readTimeout;
        return new ErpClient(settings);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ApplicationFailure failureOf(Runnable call) {
        return catchThrowableOfType(ApplicationFailure.class, call::run);
    }
}
