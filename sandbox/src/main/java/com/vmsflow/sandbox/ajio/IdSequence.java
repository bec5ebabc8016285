package com.vmsflow.sandbox.ajio;

import java.util.concurrent.atomic.AtomicLong;

/** Ids such as {@code FL1000001}: a prefix and a counter of fixed width. */
public final class IdSequence {

    private final String format;
    private final AtomicLong counter;

    public IdSequence(String prefix, int digits) {
        this.format = prefix + "%0" + digits + "d";
        this.counter = new AtomicLong((long) Math.pow(10, digits - 1));
    }

    public String next() {
        return String.format(format, counter.incrementAndGet());
    }
}
