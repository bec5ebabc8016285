package com.vmsflow.store;

/** An API key as stored: never the key itself. {@code clientId} is null for SUPPORT, which sees every client. */
public record ApiKey(long keyId, String clientId, Role role, String label) {
}
