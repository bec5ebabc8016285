package com.vmsflow.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vmsflow.config.HttpSettings;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonHttpTest {

    private final MockWebServer server = new MockWebServer();
    private JsonHttp http;

    record Thing(String name, LocalDate on, BigDecimal amount) {
    }

    @BeforeEach
    void start() throws IOException {
        server.start();
        http = new JsonHttp("Test", "TEST_REFUSED", HttpClients.create(settings(2000)));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void readsTheAnswerOfA2xx() {
        server.enqueue(json(201, "{\"name\": \"x\", \"on\": \"2026-11-23\", \"amount\": \"999.00\", \"more\": 1}"));

        Thing thing = http.call("fetch", JsonHttp.get(url()).build(), Thing.class);

        assertThat(thing).isEqualTo(new Thing("x", LocalDate.of(2026, 11, 23), new BigDecimal("999.00")));
    }

    @Test
    void ignoresTheBodyWhenNoAnswerIsWanted() {
        server.enqueue(json(200, "{\"status\": \"QC_UPDATED\"}"));

        assertThat(http.call("update", JsonHttp.get(url()).build(), Void.class)).isNull();
    }

    @Test
    void postsJsonWithTheIdempotencyKey() throws InterruptedException {
        server.enqueue(json(200, "{}"));

        http.call("create", JsonHttp.post(url(), new Thing("x", LocalDate.of(2026, 11, 23), null), "key-1").build(),
                Void.class);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("key-1");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"name\":\"x\",\"on\":\"2026-11-23\"}");
    }

    @Test
    void aPostNeedsAnIdempotencyKey() {
        assertThatThrownBy(() -> JsonHttp.post(url(), "{}", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void writesDecimalsWithTwoPlaces() {
        assertThat(JsonHttp.decimal(new BigDecimal("18"))).isEqualTo("18.00");
        assertThat(JsonHttp.decimal(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(JsonHttp.decimal(new BigDecimal("799.005"))).isEqualTo("799.01");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 409, 422})
    void aRefusalFailsNonRetryableWithTheServersMessageAndCode(int status) {
        server.enqueue(json(status, "{\"errorCode\": \"INVALID_GSTIN\", \"message\": \"buyerGstin is not a GSTIN\"}"));

        ApplicationFailure failure = failureOf(() -> http.call("register", JsonHttp.get(url()).build(), Thing.class));

        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(failure.getType()).isEqualTo("TEST_REFUSED");
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Test refused register (" + status + " INVALID_GSTIN): buyerGstin is not a GSTIN");
        assertThat(failure.getDetails().get(0, RefusalDetails.class))
                .isEqualTo(new RefusalDetails(status, "INVALID_GSTIN"));
    }

    @Test
    void aRefusalCanBeHandedToTheCaller() {
        server.enqueue(json(409, "{\"errorCode\": \"ALREADY_ACKNOWLEDGED\", \"message\": \"done before\"}"));

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> http.callRefusable("acknowledge", JsonHttp.get(url()).build(), Thing.class));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.errorCode()).isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(refusal).hasMessage("Test refused acknowledge (409 ALREADY_ACKNOWLEDGED): done before");
        assertThat(refusal.toFailure().isNonRetryable()).isTrue();
        assertThat(refusal.toFailure().getType()).isEqualTo("TEST_REFUSED");
    }

    @Test
    void anErrorPageWithoutTheContractsShapeIsKeptAsTheMessage() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("<html>Not Found</html>"));

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> http.callRefusable("find", JsonHttp.get(url()).build(), Thing.class));

        assertThat(refusal.errorCode()).isEmpty();
        assertThat(refusal).hasMessage("Test refused find (404): <html>Not Found</html>");
    }

    @Test
    void unauthorizedIsRetryable() {
        server.enqueue(json(401, "{\"errorCode\": \"TOKEN_EXPIRED\", \"message\": \"expired\"}"));

        ApplicationFailure failure = failureOf(() -> http.call("read", JsonHttp.get(url()).build(), Thing.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAUTHORIZED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("Test did not authorize read (401 TOKEN_EXPIRED): expired");
    }

    @Test
    void throttlingIsRetriedNoSoonerThanRetryAfter() {
        server.enqueue(json(429, "{\"errorCode\": \"THROTTLED\", \"message\": \"slow down\"}")
                .setHeader("Retry-After", "3"));

        ApplicationFailure failure = failureOf(() -> http.call("accept", JsonHttp.get(url()).build(), Void.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.THROTTLED);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Test throttled accept (429 THROTTLED): slow down; retry after 3 s");
    }

    @Test
    void throttlingWithoutRetryAfterLeavesTheDelayToTemporal() {
        server.enqueue(new MockResponse().setResponseCode(429));

        ApplicationFailure failure = failureOf(() -> http.call("accept", JsonHttp.get(url()).build(), Void.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.THROTTLED);
        assertThat(failure.getNextRetryDelay()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 503})
    void serverErrorsAndRequestTimeoutsAreRetryable(int status) {
        // OkHttp itself repeats a request once after a 408 (same idempotency key), so the server says it twice.
        for (int i = 0; i < 2; i++) {
            server.enqueue(json(status, "{\"errorCode\": \"FAULT\", \"message\": \"injected\"}"));
        }

        ApplicationFailure failure = failureOf(() -> http.call("read", JsonHttp.get(url()).build(), Thing.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("Test failed read (" + status + " FAULT): injected");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsRetryable() {
        JsonHttp impatient = new JsonHttp("Test", "TEST_REFUSED", HttpClients.create(settings(200)));
        server.enqueue(json(200, "{}").setHeadersDelay(1, TimeUnit.SECONDS));

        ApplicationFailure failure = failureOf(() -> impatient.call("read", JsonHttp.get(url()).build(), Thing.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("Test unreachable for read: ")
                .contains("SocketTimeoutException");
    }

    @Test
    void aServerThatIsDownIsRetryable() throws IOException {
        HttpUrl url = url();
        server.shutdown();

        ApplicationFailure failure = failureOf(() -> http.call("read", JsonHttp.get(url).build(), Thing.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("Test unreachable for read: ");
    }

    @Test
    void anUnreadableAnswerIsRetryable() {
        server.enqueue(json(200, "{\"name\": "));

        ApplicationFailure failure = failureOf(() -> http.call("read", JsonHttp.get(url()).build(), Thing.class));

        assertThat(failure.getType()).isEqualTo(JsonHttp.UNAVAILABLE);
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).startsWith("Test answered read with what is not a Thing: ");
    }

    private HttpUrl url() {
        return server.url("/things");
    }

    private static HttpSettings settings(long readTimeoutMillis) {
        HttpSettings settings = new HttpSettings();
        settings.connectTimeout = io.dropwizard.util.Duration.seconds(1);
        settings.readTimeout = io.dropwizard.util.Duration.milliseconds(readTimeoutMillis);
        return settings;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static ApplicationFailure failureOf(Runnable call) {
        return catchThrowableOfType(ApplicationFailure.class, call::run);
    }
}
