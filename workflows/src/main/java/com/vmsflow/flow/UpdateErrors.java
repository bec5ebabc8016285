package com.vmsflow.flow;

import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that builds the refusals an update validator (or handler) throws, and reads them on the client side.
 * A refusal is an {@link ApplicationFailure} whose <em>type</em> is the refusal's code (the API's error code of the
 * same name), non-retryable, with the plain message and, as its one detail, a map of the bad fields to what is wrong
 * with them (empty when there is nothing to name). Every Temporal SDK shows these fields, so a client in any language
 * tells refusals apart by the type, never by the message (docs/update-refusals.md).
 *
 * <p>Temporal Java SDK 1.38 lost the type and details of a failure thrown by a validator (it serialized its own
 * internal wrapper instead: type {@code io.temporal.internal.worker.WorkflowExecutionException}); 1.39 sends the
 * failure as thrown (sdk-java #3001). RefusalFailureTest and the TypeScript check prove it.
 */
public final class UpdateErrors {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String NOT_AWAITING = "NOT_AWAITING";
    public static final String CONFLICT = "CONFLICT";
    public static final String CANCELLATION_NOT_ALLOWED = "CANCELLATION_NOT_ALLOWED";

    /** Every code a refusal can have. */
    public static final List<String> CODES = List.of(VALIDATION_FAILED, NOT_AWAITING, CONFLICT,
            CANCELLATION_NOT_ALLOWED);

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

    /** Refuses with {@link #VALIDATION_FAILED} when a check found problems (what is wrong, by field); else passes. */
    public static void refuseIfAny(Map<String, String> problems, String message) {
        if (!problems.isEmpty()) {
            throw validationFailed(message, problems);
        }
    }

    private static ApplicationFailure refusal(String code, String message, Map<String, String> details) {
        return ApplicationFailure.newNonRetryableFailure(message, code, details);
    }

    /** A refusal as the client sees it. */
    public record Refusal(String code, String message, Map<String, String> details) {

        /** Finds the refusal in an exception's causes by the failure's type; empty for any other failure. */
        public static Optional<Refusal> of(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ApplicationFailure failure && CODES.contains(failure.getType())) {
                    return Optional.of(new Refusal(failure.getType(), failure.getOriginalMessage(), details(failure)));
                }
            }
            return Optional.empty();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> details(ApplicationFailure failure) {
            if (failure.getDetails().getSize() == 0) {
                return Map.of();
            }
            try {
                Map<String, String> details = failure.getDetails().get(0, Map.class);
                return details == null ? Map.of() : Map.copyOf(details);
            } catch (RuntimeException notAMap) {
                return Map.of();
            }
        }
    }
}
