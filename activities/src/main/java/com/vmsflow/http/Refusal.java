package com.vmsflow.http;

import io.temporal.failure.ApplicationFailure;

/**
 * An outside system refused a call (a 4xx other than 401, 408 and 429): repeating it cannot help. Checked, so a
 * caller that may turn a refusal into success (e.g. Ajio's {@code ALREADY_ACKNOWLEDGED}) must decide, and
 * {@link #toFailure()} anything else.
 */
public final class Refusal extends Exception {

    private final String failureType;
    private final int status;
    private final String errorCode;

    Refusal(String failureType, int status, String errorCode, String message) {
        super(message);
        this.failureType = failureType;
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    /** The server's error code, empty when its answer had none. */
    public String errorCode() {
        return errorCode;
    }

    /** The non-retryable failure of the system's refused type, e.g. {@code AJIO_REFUSED}. */
    public ApplicationFailure toFailure() {
        return ApplicationFailure.newBuilder()
                .setType(failureType)
                .setMessage(getMessage())
                .setNonRetryable(true)
                .setDetails(new RefusalDetails(status, errorCode))
                .build();
    }
}
