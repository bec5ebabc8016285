package com.vmsflow.gateway.errors;

import java.util.Map;
import java.util.TreeMap;

/** A refusal a resource answers with: one error code, a message for people and the bad fields in {@code details}. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, String> details;

    public ApiException(ErrorCode code, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = new TreeMap<>(details);
    }

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException validationFailed(Map<String, String> details) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "the request has invalid fields", details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> details() {
        return details;
    }
}
