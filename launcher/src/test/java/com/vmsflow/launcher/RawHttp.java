package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to the gateway exactly as a hostile or careless client sends it: any method, path (encoded as given), body,
 * content type or Authorization header, none of them required.
 */
final class RawHttp {

    /** An answer: status, content type and body (parsed when it is JSON). */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonNode json() {
            if (!contentType.startsWith("application/json")) {
                return MissingNode.getInstance();
            }
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    RawHttp(String base) {
        this.base = base;
    }

    /**
     * @param authorization the whole Authorization header, or null for none
     * @param contentType   null: none, even with a body
     * @param body          null: none
     */
    Answer send(String method, String path, String authorization, String contentType, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            OpenApiConformance.check(sent, body, response);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
