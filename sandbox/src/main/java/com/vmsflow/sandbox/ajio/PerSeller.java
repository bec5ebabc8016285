package com.vmsflow.sandbox.ajio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** State kept per Ajio seller account; a seller's state exists from the first call that names it. */
public final class PerSeller<T> {

    private final Map<String, T> states = new ConcurrentHashMap<>();
    private final Supplier<T> factory;

    public PerSeller(Supplier<T> factory) {
        this.factory = factory;
    }

    public T of(String sellerId) {
        return states.computeIfAbsent(sellerId, id -> factory.get());
    }
}
