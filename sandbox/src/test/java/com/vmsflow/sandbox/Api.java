package com.vmsflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Calls the simulated systems as VMS Flow's clients would, answering status, headers and JSON body. */
final class Api {

    static final ObjectMapper MAPPER = Json.mapper();
    private static final MediaType JSON = MediaType.get("application/json");

    record Reply(int status, JsonNode body, Headers headers) {

        String errorCode() {
            return body.path("errorCode").asText(null);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    private final String baseUrl;
    private final OkHttpClient http;

    Api(String baseUrl) {
        this(baseUrl, new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build());
    }

    Api(String baseUrl, OkHttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    Api withHttp(OkHttpClient other) {
        return new Api(baseUrl, other);
    }

    /** A token for the seller (any secret is accepted for sellers without a configured one). */
    String token(String sellerId) {
        Reply reply = post("/ajio/auth/token", null, Map.of("sellerId", sellerId, "secret", "s3cret"), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("no token: " + reply);
        }
        return reply.body().get("accessToken").asText();
    }

    Reply get(String path, String token) {
        return call(request(path, token).get());
    }

    Reply post(String path, String token, Object body, String idempotencyKey) {
        Request.Builder request = request(path, token).post(json(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return call(request);
    }

    Reply postRaw(String path, String body) {
        return call(request(path, null).post(RequestBody.create(body, JSON)));
    }

    private Request.Builder request(String path, String token) {
        Request.Builder request = new Request.Builder().url(baseUrl + path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static RequestBody json(Object body) {
        try {
            return RequestBody.create(MAPPER.writeValueAsBytes(body), JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply call(Request.Builder request) {
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            JsonNode body = text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
            return new Reply(response.code(), body, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
