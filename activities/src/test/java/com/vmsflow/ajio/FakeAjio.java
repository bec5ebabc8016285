package com.vmsflow.ajio;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Ajio for the client's tests: issues tokens {@code token-1}, {@code token-2}, ... on {@code /ajio/auth/token}
 * and answers every other call from a queue (or with {@link #always} when it is empty). Records what it received.
 */
final class FakeAjio extends Dispatcher {

    final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> calls = new CopyOnWriteArrayList<>();
    final Queue<MockResponse> answers = new ConcurrentLinkedQueue<>();
    volatile MockResponse always = json(500, "{\"errorCode\": \"TEST\", \"message\": \"no answer queued\"}");
    volatile long expiresIn = 1800;
    volatile long tokenDelayMillis;
    volatile MockResponse tokenRefusal;
    private final AtomicInteger issued = new AtomicInteger();

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    FakeAjio answer(int status, String body) {
        answers.add(json(status, body));
        return this;
    }

    RecordedRequest onlyCall() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call, got " + calls.size());
        }
        return calls.get(0);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().equals("/ajio/auth/token")) {
            tokenRequests.add(request);
            Thread.sleep(tokenDelayMillis);
            if (tokenRefusal != null) {
                return tokenRefusal;
            }
            return json(200, "{\"accessToken\": \"token-" + issued.incrementAndGet() + "\", \"expiresIn\": "
                    + expiresIn + "}");
        }
        calls.add(request);
        MockResponse answer = answers.poll();
        return answer != null ? answer : always;
    }
}
