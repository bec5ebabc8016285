package com.vmsflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The gateway as the ERP sees it: takes e-invoices and credit notes (failing some first, on request), and serves a
 * PULL client's postings feed with acknowledgements.
 */
final class FakeGateway extends Dispatcher {

    record Received(String method, HttpUrl url, String authorization, JsonNode body) {

        String path() {
            return url.encodedPath();
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresBefore = new ConcurrentHashMap<>();
    private final List<JsonNode> postings = new CopyOnWriteArrayList<>();
    private final AtomicInteger ackFailures = new AtomicInteger();

    /** The next {@code count} calls to a path ending so are answered 503. */
    void failFirst(String pathSuffix, int count) {
        failuresBefore.put(pathSuffix, new AtomicInteger(count));
    }

    void failAcks(int count) {
        ackFailures.set(count);
    }

    void addPosting(JsonNode posting) {
        postings.add(posting);
    }

    List<Received> received(String pathSuffix) {
        return received.stream().filter(r -> r.path().endsWith(pathSuffix)).toList();
    }

    /** Waits up to {@code millis} for a call to a path ending so. */
    Optional<Received> await(String pathSuffix, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            List<Received> matching = received(pathSuffix);
            if (!matching.isEmpty()) {
                return Optional.of(matching.get(0));
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        JsonNode body = read(request);
        received.add(new Received(request.getMethod(), request.getRequestUrl(), request.getHeader("Authorization"),
                body));
        if (path.endsWith("/postings") && request.getMethod().equals("GET")) {
            return json(200, feed(request.getRequestUrl().queryParameter("after")));
        }
        if (path.endsWith("/postings/ack")) {
            return ackFailures.getAndDecrement() > 0 ? json(500, error()) : json(200, Api.MAPPER.createObjectNode());
        }
        for (Map.Entry<String, AtomicInteger> failure : failuresBefore.entrySet()) {
            if (path.endsWith(failure.getKey()) && failure.getValue().getAndDecrement() > 0) {
                return json(503, error());
            }
        }
        return json(202, Api.MAPPER.createObjectNode().put("status", "ACCEPTED"));
    }

    private JsonNode feed(String after) {
        long from = after == null ? 0 : Long.parseLong(after);
        List<JsonNode> page = new ArrayList<>();
        for (JsonNode posting : postings) {
            if (posting.get("cursor").asLong() > from) {
                page.add(posting);
            }
        }
        ObjectNode feed = Api.MAPPER.createObjectNode();
        ArrayNode items = feed.putArray("postings");
        page.forEach(items::add);
        return feed;
    }

    private static JsonNode read(RecordedRequest request) {
        String text = request.getBody().readUtf8();
        try {
            return text.isEmpty() ? Api.MAPPER.createObjectNode() : Api.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the ERP sent no JSON: " + text, e);
        }
    }

    private static ObjectNode error() {
        return Api.MAPPER.createObjectNode().put("code", "UNAVAILABLE");
    }

    private static MockResponse json(int status, JsonNode body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }
}
