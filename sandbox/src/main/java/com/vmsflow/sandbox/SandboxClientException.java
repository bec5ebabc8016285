package com.vmsflow.sandbox;

/** The sandbox refused a control request (or could not be reached: status 0). */
public class SandboxClientException extends RuntimeException {

    private final int status;
    private final String errorCode;

    public SandboxClientException(int status, String errorCode, String message) {
        super(status + " " + errorCode + ": " + message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
