package com.vmsflow.order;

import io.temporal.failure.ApplicationFailure;
import java.util.Map;

/**
 * The failure types an update validator throws. The gateway turns each into the API's error code of the same name;
 * {@code details} names the bad fields.
 */
public final class UpdateErrors {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String NOT_AWAITING = "NOT_AWAITING";
    public static final String CONFLICT = "CONFLICT";
    public static final String CANCELLATION_NOT_ALLOWED = "CANCELLATION_NOT_ALLOWED";

    private UpdateErrors() {
    }

    public static ApplicationFailure validationFailed(String message, Map<String, String> details) {
        return ApplicationFailure.newNonRetryableFailure(message, VALIDATION_FAILED, details);
    }

    public static ApplicationFailure notAwaiting(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, NOT_AWAITING, Map.of());
    }

    public static ApplicationFailure conflict(String message) {
        return ApplicationFailure.newNonRetryableFailure(message, CONFLICT, Map.of());
    }

    public static ApplicationFailure cancellationNotAllowed(String message, String rule) {
        return ApplicationFailure.newNonRetryableFailure(message, CANCELLATION_NOT_ALLOWED, Map.of("rule", rule));
    }
}
