package com.vmsflow.sandbox.ajio;

/** The answer of {@code POST /auth/token}: the token and how many seconds it lives. */
public record AccessToken(String accessToken, long expiresIn) {
}
