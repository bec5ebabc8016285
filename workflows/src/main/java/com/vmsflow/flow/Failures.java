package com.vmsflow.flow;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.Collection;

/** What a failed activity says: the type an outside system's refusal carries, and its own message. */
public final class Failures {

    private Failures() {
    }

    /** Whether the activity failed with an application failure of one of these types (e.g. {@code AJIO_REFUSED}). */
    public static boolean isOfType(ActivityFailure failure, Collection<String> types) {
        return failure.getCause() instanceof ApplicationFailure application && types.contains(application.getType());
    }

    public static boolean isOfType(ActivityFailure failure, String type) {
        return failure.getCause() instanceof ApplicationFailure application && type.equals(application.getType());
    }

    /** The message of the failure the activity threw, without Temporal's wrapping. */
    public static String message(ActivityFailure failure) {
        return failure.getCause() instanceof ApplicationFailure application ? application.getOriginalMessage()
                : failure.getMessage();
    }
}
