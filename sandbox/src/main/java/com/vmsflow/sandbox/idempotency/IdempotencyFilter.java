package com.vmsflow.sandbox.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.sandbox.api.ApiError;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code Idempotency-Key} rule of every POST of a simulated system: a repeat of a key answers the first answer
 * again with {@code Idempotent-Replayed: true} and changes nothing. Answers that a retry may cure (5xx, 401, 408,
 * 429) are not remembered, so the retry is handled afresh.
 */
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final String OWNER_PROPERTY = IdempotencyFilter.class.getName() + ".owner";
    private static final Set<Integer> TRANSIENT = Set.of(401, 408, 429);

    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final OutsideSystem system;
    private final Function<ContainerRequestContext, String> account;

    /**
     * @param account the account a request acts for (keys of different accounts never meet), or "" when the
     *                path alone tells
     */
    public IdempotencyFilter(IdempotencyStore store, ObjectMapper mapper, OutsideSystem system,
                             Function<ContainerRequestContext, String> account) {
        this.store = store;
        this.mapper = mapper;
        this.system = system;
        this.account = account;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(KEY_HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null || key.isBlank()) {
            return;
        }
        IdempotencyStore.Scope scope = new IdempotencyStore.Scope(system.name(), account.apply(request),
                request.getMethod(), request.getUriInfo().getPath(), key);
        IdempotencyStore.Claim claim = store.claim(scope);
        if (claim instanceof IdempotencyStore.Claim.Owner) {
            request.setProperty(OWNER_PROPERTY, scope);
        } else if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            CallNote.of(request).businessKey(replay.answer().businessKey());
            request.abortWith(Response.status(replay.answer().status())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(REPLAYED_HEADER, "true")
                    .entity(replay.answer().body())
                    .build());
        } else {
            request.abortWith(Response.status(429)
                    .header("Retry-After", ApiException.RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("REQUEST_IN_PROGRESS", "a call with this Idempotency-Key is in progress"))
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        IdempotencyStore.Scope scope = (IdempotencyStore.Scope) request.getProperty(OWNER_PROPERTY);
        if (scope == null) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || TRANSIENT.contains(status)) {
            store.release(scope);
            return;
        }
        try {
            store.remember(scope, new StoredAnswer(status, mapper.writeValueAsBytes(response.getEntity()),
                    CallNote.of(request).businessKey()));
        } catch (JsonProcessingException e) {
            store.release(scope);
            throw new IllegalStateException("an answer of the sandbox cannot be written as JSON", e);
        }
    }
}
