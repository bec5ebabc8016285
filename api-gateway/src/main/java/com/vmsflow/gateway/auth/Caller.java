package com.vmsflow.gateway.auth;

import com.vmsflow.store.ApiKey;
import com.vmsflow.store.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * Who is calling: the API key's id, client and role. Resources read it from the request's {@link SecurityContext}.
 *
 * @param clientId null for a SUPPORT key, which spans all clients
 * @param scope the channel of a CHANNEL key, the location of a STORE key; null for the other roles
 */
public record Caller(long keyId, String clientId, Role role, String scope) implements Principal {

    public static Caller of(ApiKey key) {
        return new Caller(key.keyId(), key.clientId(), key.role(), key.scope());
    }

    /** The caller of a request that passed the {@link ApiKeyFilter}. */
    public static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller: is the endpoint missing @Allowed?");
    }

    public boolean mayActFor(String client) {
        return role == Role.SUPPORT || (clientId != null && clientId.equals(client));
    }

    /** What the logs and audit trails show: never the key itself. */
    @Override
    public String getName() {
        return role + (clientId == null ? "" : "@" + clientId) + "#" + keyId;
    }
}
