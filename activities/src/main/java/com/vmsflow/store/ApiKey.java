package com.vmsflow.store;

import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * An API key as stored: never the key itself. {@code clientId} is null for SUPPORT, which sees every client;
 * {@code scope} is the channel of a CHANNEL key and the location of a STORE key, null for the other roles.
 */
public record ApiKey(long keyId, String clientId, Role role, String label, String scope) {

    /** The one the database's rows map to. */
    @JdbiConstructor
    public ApiKey {
    }

    public ApiKey(long keyId, String clientId, Role role, String label) {
        this(keyId, clientId, role, label, null);
    }
}
