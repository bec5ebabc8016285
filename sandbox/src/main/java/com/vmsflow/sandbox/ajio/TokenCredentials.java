package com.vmsflow.sandbox.ajio;

/** The body of {@code POST /auth/token}. */
public record TokenCredentials(String sellerId, String secret) {
}
