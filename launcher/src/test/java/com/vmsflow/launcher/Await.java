package com.vmsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.launcher.GatewayClient.Answer;
import java.util.function.Predicate;

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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
