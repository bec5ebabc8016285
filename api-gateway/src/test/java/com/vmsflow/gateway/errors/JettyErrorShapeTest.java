package com.vmsflow.gateway.errors;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What Jetty refuses before any resource sees it still gets the API's error shape, not an HTML page. */
class JettyErrorShapeTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    @Test
    void anEncodedSlashInAnOrderIdIsAMalformedRequestInTheErrorShape() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        gateway.baseUrl() + "/v1/clients/" + ERP_CLIENT + "/orders/..%2F..%2Fetc%2Fpasswd"))
                .header("Authorization", "Bearer " + WAREHOUSE_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode error = new ObjectMapper().readTree(answer.body());
        assertThat(error.path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(error.path("message").asText()).containsIgnoringCase("ambiguous");
        assertThat(error.path("details").isObject()).isTrue();
    }

    @Test
    void whatJettyRefusesInAPutIsInTheErrorShapeToo() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            gateway.baseUrl() + "/v1/clients/%07x/sku-mappings"))
                    .header("Authorization", "Bearer " + WAREHOUSE_KEY).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("[]")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(method).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(method).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            assertThat(new ObjectMapper().readTree(answer.body()).path("code").asText()).as(method)
                    .isEqualTo("MALFORMED_REQUEST");
        }
    }

    @Test
    void everyStatusJettyAnswersMapsToACodeOfTheApi() {
        assertThat(JsonErrorHandler.codeFor(400)).isEqualTo(ErrorCode.MALFORMED_REQUEST);
        assertThat(JsonErrorHandler.codeFor(404)).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(JsonErrorHandler.codeFor(405)).isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(JsonErrorHandler.codeFor(413)).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(JsonErrorHandler.codeFor(431)).isEqualTo(ErrorCode.MALFORMED_REQUEST);
        assertThat(JsonErrorHandler.codeFor(503)).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(JsonErrorHandler.codeFor(502)).isEqualTo(ErrorCode.INTERNAL);
    }
}
