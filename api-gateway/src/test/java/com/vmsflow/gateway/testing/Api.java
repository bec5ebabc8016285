package com.vmsflow.gateway.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Raw HTTP to the running gateway, so tests can send exactly what a client would, broken JSON included. */
public final class Api {

    public static final String JSON = "application/json";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /** Whether each exchange is checked against the OpenAPI document: not on the admin port, which it omits. */
    private final boolean checked;

    Api(String base, boolean checked) {
        this.base = base;
        this.checked = checked;
    }

    /** An answer: status, headers and the body, read as JSON when it is JSON. */
    public record Answer(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return Json.mapper().readTree(raw.body());
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String code() {
            return json().path("code").asText(null);
        }

        /** {@code details[field]}, or null. */
        public String detail(String field) {
            return json().path("details").path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Answer get(String path, String key) {
        return send("GET", path, key, null, null);
    }

    /** A GET with this {@code Accept} header, or none when null. */
    public Answer get(String path, String key, String accept) {
        return request("GET", path, key == null ? null : "Bearer " + key, null, accept, null);
    }

    public Answer post(String path, String key, Object body) {
        return send("POST", path, key, JSON, json(body));
    }

    public Answer put(String path, String key, Object body) {
        return send("PUT", path, key, JSON, json(body));
    }

    /** Any request; {@code key} and {@code contentType} may be null to send none. */
    public Answer send(String method, String path, String key, String contentType, String body) {
        return request(method, path, key == null ? null : "Bearer " + key, contentType, null, body);
    }

    /** A GET with this {@code Authorization} header as it is. */
    public Answer getAuthorized(String path, String authorization) {
        return request("GET", path, authorization, null, null, null);
    }

    private Answer request(String method, String path, String authorization, String contentType, String accept,
                           String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
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
            if (checked) {
                OpenApiConformance.check(sent, body, response);
            }
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A string is sent as it is (broken JSON too); anything else as its JSON. */
    private static String json(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
