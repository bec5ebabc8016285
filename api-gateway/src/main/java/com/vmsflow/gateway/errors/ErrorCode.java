package com.vmsflow.gateway.errors;

import jakarta.ws.rs.core.Response.Status;

/** The stable error codes of the API (API.md, "Errors"), each with the HTTP status it is answered with. */
public enum ErrorCode {
    MALFORMED_REQUEST(Status.BAD_REQUEST),
    UNAUTHENTICATED(Status.UNAUTHORIZED),
    FORBIDDEN(Status.FORBIDDEN),
    NOT_FOUND(Status.NOT_FOUND),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE),
    CANCELLATION_NOT_ALLOWED(Status.CONFLICT),
    CONFLICT(Status.CONFLICT),
    NOT_AWAITING(Status.CONFLICT),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE),
    VALIDATION_FAILED(422),
    /** More requests a second with one API key than {@code gateway.requestsPerSecondPerKey}; see Retry-After. */
    RATE_LIMITED(Status.TOO_MANY_REQUESTS),
    INTERNAL(Status.INTERNAL_SERVER_ERROR),
    UNAVAILABLE(Status.SERVICE_UNAVAILABLE);

    private final int status;

    ErrorCode(Status status) {
        this(status.getStatusCode());
    }

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
