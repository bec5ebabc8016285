package com.vmsflow.sandbox.api;

/**
 * What a simulated operation answers, and whether it changed anything: a repeat of a document that is already
 * there answers as the first time and is recorded as {@code REPLAYED}, not {@code APPLIED}.
 */
public record Answer<T>(T body, boolean repeat) {

    public static <T> Answer<T> applied(T body) {
        return new Answer<>(body, false);
    }

    public static <T> Answer<T> repeat(T body) {
        return new Answer<>(body, true);
    }
}
