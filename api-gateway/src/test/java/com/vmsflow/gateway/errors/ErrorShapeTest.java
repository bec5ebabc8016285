package com.vmsflow.gateway.errors;

import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever goes wrong, the answer is the API's error shape with a stable code. */
class ErrorShapeTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String PACK = "/v1/clients/" + RMS_CLIENT + "/orders/ER-1/pack";

    private Api.Answer pack(String body) {
        return gateway.api().send("POST", PACK, RMS_WAREHOUSE_KEY, Api.JSON, body);
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        Api.Answer answer = pack("{\"lines\": [");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(answer.json().path("message").asText()).isEqualTo("the body is not valid JSON");
        assertThat(answer.detail("body")).isNotBlank();
    }

    @Test
    void wrongTypesAreMalformedAndNamed() {
        Api.Answer word = pack("{\"lines\": [{\"sku\": \"A\", \"packed\": \"two\", \"notFound\": 0, \"damaged\": 0}]}");
        Api.Answer fraction = pack("{\"lines\": [{\"sku\": \"A\", \"packed\": 1.5, \"notFound\": 0, \"damaged\": 0}]}");
        Api.Answer notAList = pack("{\"lines\": {\"sku\": \"A\"}}");
        Api.Answer numberAsSku = pack("{\"lines\": [{\"sku\": 7, \"packed\": 1, \"notFound\": 0, \"damaged\": 0}]}");

        assertThat(List.of(word.status(), fraction.status(), notAList.status(), numberAsSku.status()))
                .containsOnly(400);
        assertThat(word.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(word.detail("lines[0].packed")).isEqualTo("must be an integer");
        assertThat(fraction.detail("lines[0].packed")).isEqualTo("must be an integer");
        assertThat(notAList.detail("lines")).isEqualTo("must be an array");
        assertThat(numberAsSku.detail("lines[0].sku")).isEqualTo("must be a string");
    }

    @Test
    void noBodyIsAValidationFailure() {
        Api.Answer answer = pack("");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.detail("body")).isEqualTo("must not be null");
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        Api.Answer answer = gateway.api().send("POST", PACK, RMS_WAREHOUSE_KEY, "text/plain", "lines");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anUnknownPathIsNotFound() {
        Api.Answer answer = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/nothing-here", RMS_WAREHOUSE_KEY);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aMethodThePathDoesNotTakeIsNotAllowed() {
        Api.Answer answer = gateway.api().send("DELETE", PACK, RMS_WAREHOUSE_KEY, null, null);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(answer.header("Allow")).contains("POST");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String huge = "{\"lines\": [" + "{\"sku\": \"A\"},".repeat(100_000) + "{}]}";

        Api.Answer answer = pack(huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(answer.header("Connection")).as("a body a few times too large is read: the connection stays")
                .isNull();
    }

    @Test
    void anUnexpectedFailureAnswersAReferenceAndNoStackTrace() {
        try (Response response = new UnexpectedExceptionMapper().toResponse(new IllegalStateException("secret"))) {
            ErrorBody body = (ErrorBody) response.getEntity();

            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(body.code()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(body.message()).matches("internal error, reference [0-9a-f-]{36}");
            assertThat(body.details()).isEqualTo(Map.of());
        }
    }
}
