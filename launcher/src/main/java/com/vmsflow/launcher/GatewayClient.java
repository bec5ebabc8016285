package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The api-gateway as an integrator calls it: JSON over HTTP with an API key (the demo, tests and bench). */
public final class GatewayClient {

    private static final MediaType JSON = MediaType.get("application/json");

    /** An answer: status and body (parsed when it is JSON, else in {@code text}). */
    public record Answer(int status, JsonNode body, String text) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String code() {
            return body.path("code").asText(null);
        }
    }

    private final String baseUrl;
    private final OkHttpClient http;

    public GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
    }

    public Answer get(String key, String path) {
        return call(key, new Request.Builder().url(baseUrl + path).get());
    }

    public Answer getText(String key, String path, String accept) {
        return call(key, new Request.Builder().url(baseUrl + path).header("Accept", accept).get());
    }

    public Answer post(String key, String path, Object body) {
        return call(key, new Request.Builder().url(baseUrl + path).post(json(body)));
    }

    public Answer put(String key, String path, Object body) {
        return call(key, new Request.Builder().url(baseUrl + path).put(json(body)));
    }

    private Answer call(String key, Request.Builder request) {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            JsonNode body = MissingNode.getInstance();
            String type = response.header("Content-Type", "");
            if (type.startsWith("application/json") && !text.isEmpty()) {
                body = Json.mapper().readTree(text);
            }
            return new Answer(response.code(), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException("gateway call failed: " + e.getMessage(), e);
        }
    }

    private static RequestBody json(Object body) {
        try {
            return RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
