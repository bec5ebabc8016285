package com.vmsflow.sandbox.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand, so a bad one is a 422 naming it rather than Jersey's bare 404. */
public final class Params {

    private Params() {
    }

    public static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name + " must be a whole number, not " + value);
        }
    }

    /** An ISO-8601 instant such as {@code 2026-11-23T08:00:00Z}; null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name + " must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
    }
}
