package com.vmsflow.gateway.testing;

import com.vmsflow.inventory.StockNudges;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The gateway's stock nudges, counted per client instead of signalling syncs. */
final class RecordedNudges implements StockNudges {

    private final Map<String, AtomicInteger> byClient = new ConcurrentHashMap<>();

    @Override
    public void stockChanged(String clientId) {
        byClient.computeIfAbsent(clientId, c -> new AtomicInteger()).incrementAndGet();
    }

    int of(String clientId) {
        AtomicInteger count = byClient.get(clientId);
        return count == null ? 0 : count.get();
    }
}
