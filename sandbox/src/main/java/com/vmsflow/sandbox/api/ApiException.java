package com.vmsflow.sandbox.api;

/** A refusal with the status and stable error code the contract gives; mapped to an {@link ApiError} body. */
public class ApiException extends RuntimeException {

    /** What a throttled caller is told to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final int status;
    private final String errorCode;
    private final int retryAfterSeconds;

    public ApiException(int status, String errorCode, String message) {
        this(status, errorCode, message, RETRY_AFTER_SECONDS);
    }

    private ApiException(int status, String errorCode, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A call Ajio's gateway refuses before reading it through (the inventory calls' batch and item rules). */
    public static ApiException badRequest(String errorCode, String message) {
        return new ApiException(400, errorCode, message);
    }

    public static ApiException badCredentials(String message) {
        return new ApiException(401, "BAD_CREDENTIALS", message);
    }

    public static ApiException notFound(String errorCode, String message) {
        return new ApiException(404, errorCode, message);
    }

    public static ApiException conflict(String errorCode, String message) {
        return new ApiException(409, errorCode, message);
    }

    public static ApiException unprocessable(String errorCode, String message) {
        return new ApiException(422, errorCode, message);
    }

    /** The body breaks the call's rules in a way no specific code covers: a missing field, an unknown line. */
    public static ApiException invalid(String message) {
        return unprocessable("INVALID_REQUEST", message);
    }

    /** Throttling: answered with {@code Retry-After: }{@value #RETRY_AFTER_SECONDS}. */
    public static ApiException throttled(String message) {
        return throttled(message, RETRY_AFTER_SECONDS);
    }

    /** Throttling by a rate limit that knows when the caller may come back: whole seconds, at least 1. */
    public static ApiException throttled(String message, int retryAfterSeconds) {
        return new ApiException(429, "THROTTLED", message, Math.max(1, retryAfterSeconds));
    }

    public static <T> T requireBody(T body) {
        if (body == null) {
            throw invalid("a JSON body is required");
        }
        return body;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    /** What {@code Retry-After} says when the status is 429. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
