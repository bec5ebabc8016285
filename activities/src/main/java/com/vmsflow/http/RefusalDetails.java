package com.vmsflow.http;

/**
 * The details of a refusal's non-retryable {@code ApplicationFailure}, for a workflow that decides on the error
 * code: {@code failure.getDetails().get(0, RefusalDetails.class)} (or any type with these two properties).
 *
 * @param errorCode the server's error code, empty when its answer had none
 */
public record RefusalDetails(int status, String errorCode) {
}
