package com.vmsflow.sandbox.api;

/** The error body of every simulated API (docs/outside-systems.md, "Common rules"). */
public record ApiError(String errorCode, String message) {
}
