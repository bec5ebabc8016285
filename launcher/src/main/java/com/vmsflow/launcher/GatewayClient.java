package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
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

    /** With an interceptor that sees every exchange, e.g. the tests' check of each against the OpenAPI document. */
    public GatewayClient(String baseUrl, Interceptor interceptor) {
        this.baseUrl = baseUrl;
        this.http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).addInterceptor(interceptor).build();
    }

    /**
     * The ids of a client's orders in a status, every page of {@code GET /orders?status=} as support reads them.
     * A page that fails ends the list there and calls {@code onFailure}: the caller tries again on its next round.
     */
    public List<String> orderIds(String client, String status, Runnable onFailure) {
        List<String> ids = new ArrayList<>();
        String after = "";
        while (true) {
            Answer page = get("dev-support", "/v1/clients/" + client + "/orders?status=" + status
                    + "&limit=500" + (after.isEmpty() ? "" : "&after=" + after));
            if (!page.ok()) {
                onFailure.run();
                return ids;
            }
            JsonNode orders = page.body().path("orders");
            orders.forEach(o -> ids.add(o.path("orderId").asText()));
            String next = page.body().path("next").asText("");
            if (orders.isEmpty() || next.isEmpty() || next.equals(after)) {
                return ids;
            }
            after = next;
        }
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

    /** A POST without a body (an action the path names, e.g. a bulk order's allocate). */
    public Answer post(String key, String path) {
        return call(key, new Request.Builder().url(baseUrl + path).post(RequestBody.create(new byte[0], (MediaType) null)));
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
