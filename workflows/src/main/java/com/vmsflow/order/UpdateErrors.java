package com.vmsflow.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.vmsflow.json.Json;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals an update validator throws, and their reading on the client side. The gateway turns each into the
 * API's error code of the same name; {@code details} names the bad fields.
 *
 * <p>Temporal Java SDK 1.38 drops the type and details of a failure thrown by an update validator (sdk-java#2875,
 * fixed after 1.38.0); only the message reaches the client. So the message carries the code and the details too,
 * as {@code CODE: message {"field": "problem"}}, and {@link Refusal#of} reads either form.
 */
public final class UpdateErrors {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String NOT_AWAITING = "NOT_AWAITING";
    public static final String CONFLICT = "CONFLICT";
    public static final String CANCELLATION_NOT_ALLOWED = "CANCELLATION_NOT_ALLOWED";

    private static final Pattern ENCODED = Pattern.compile(
            "^(VALIDATION_FAILED|NOT_AWAITING|CONFLICT|CANCELLATION_NOT_ALLOWED): (.*?)(?: (\\{.*}))?$",
            Pattern.DOTALL);

    private UpdateErrors() {
    }

    public static ApplicationFailure validationFailed(String message, Map<String, String> details) {
        return refusal(VALIDATION_FAILED, message, details);
    }

    public static ApplicationFailure notAwaiting(String message) {
        return refusal(NOT_AWAITING, message, Map.of());
    }

    public static ApplicationFailure conflict(String message) {
        return refusal(CONFLICT, message, Map.of());
    }

    public static ApplicationFailure cancellationNotAllowed(String message, String rule) {
        return refusal(CANCELLATION_NOT_ALLOWED, message, Map.of("rule", rule));
    }

    private static ApplicationFailure refusal(String code, String message, Map<String, String> details) {
        String encoded = code + ": " + message + (details.isEmpty() ? "" : " " + toJson(details));
        return ApplicationFailure.newNonRetryableFailure(encoded, code, details);
    }

    /** A refusal as the client sees it. */
    public record Refusal(String code, String message, Map<String, String> details) {

        /** Finds the refusal in an exception's causes, whichever way the SDK carried it. */
        public static Optional<Refusal> of(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ApplicationFailure failure) {
                    Matcher m = ENCODED.matcher(failure.getOriginalMessage());
                    if (m.matches()) {
                        Map<String, String> details = m.group(3) == null ? Map.of() : fromJson(m.group(3));
                        return Optional.of(new Refusal(m.group(1), m.group(2), details));
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String toJson(Map<String, String> details) {
        try {
            return Json.mapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
