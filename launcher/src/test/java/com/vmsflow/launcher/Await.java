package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting in end-to-end tests: for an order to get somewhere, read through the gateway as support reads it. */
final class Await {

    private static final long ORDER_TIMEOUT_MILLIS = 60_000;

    private Await() {
    }

    /** The order as {@code GET /orders/{id}} shows it once {@code condition} holds; fails after a minute. */
    static JsonNode order(GatewayClient gateway, String client, String orderId, Predicate<JsonNode> condition) {
        long deadline = System.currentTimeMillis() + ORDER_TIMEOUT_MILLIS;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/" + client + "/orders/" + orderId);
            if (answer.ok()) {
                last = answer.body();
                if (condition.test(last)) {
                    return last;
                }
            }
            sleep(200);
        }
        throw new AssertionError("order " + orderId + " did not get there; last seen: " + last);
    }

    /** What {@code read} gives once {@code done} holds of it, or what it gave last when the time is up. */
    static <T> T until(Supplier<T> read, Predicate<T> done, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        T last = read.get();
        while (!done.test(last) && System.currentTimeMillis() < deadline) {
            sleep(100);
            last = read.get();
        }
        return last;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
