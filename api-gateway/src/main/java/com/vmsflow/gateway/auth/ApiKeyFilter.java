package com.vmsflow.gateway.auth;

import com.vmsflow.gateway.errors.ErrorBody;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.Role;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the API key of a request to one resource method: a missing or unknown key is 401, a role the method does not
 * allow is 403, and a client key used on another client's path is 404, the same answer as for a resource that does
 * not exist, so that a key never learns what another client has. A client the gateway does not serve is 404 for every
 * key, SUPPORT's too (which spans the clients there are).
 */
class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Set<Role> allowed;
    private final ApiKeyAuthenticator authenticator;
    private final Set<String> clientIds;

    ApiKeyFilter(Set<Role> allowed, ApiKeyAuthenticator authenticator, Set<String> clientIds) {
        this.allowed = Set.copyOf(allowed);
        this.authenticator = authenticator;
        this.clientIds = clientIds;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiKey> key = presentedKey(request).flatMap(authenticator::authenticate);
        if (key.isEmpty()) {
            UnreadBody.discard(request);
            request.abortWith(ErrorBody.response(ErrorCode.UNAUTHENTICATED,
                            "a valid API key is required: Authorization: Bearer <key>")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        Caller caller = Caller.of(key.get());
        if (!allowed.contains(caller.role())) {
            UnreadBody.discard(request);
            request.abortWith(ErrorBody.response(ErrorCode.FORBIDDEN, "a " + caller.role() + " key may not call this;"
                    + " allowed: " + allowed.stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                    .build());
            return;
        }
        String clientId = request.getUriInfo().getPathParameters().getFirst("clientId");
        if (clientId != null && (!clientIds.contains(clientId) || !caller.mayActFor(clientId))) {
            UnreadBody.discard(request);
            request.abortWith(ErrorBody.response(ErrorCode.NOT_FOUND, "no such resource").build());
            return;
        }
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role().name().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
