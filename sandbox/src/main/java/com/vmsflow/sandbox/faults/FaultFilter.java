package com.vmsflow.sandbox.faults;

import com.vmsflow.sandbox.api.ApiError;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Applies one system's faults to its calls: latency first, then a 503 or a 429 without effect, otherwise the call
 * is handled and its answer may be held back ("lost") for long enough that the caller times out. Only the
 * request's own thread sleeps; no lock is held meanwhile.
 */
public record FaultFilter(Faults faults, OutsideSystem system)
        implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String LOSE_PROPERTY = FaultFilter.class.getName() + ".lose";

    @Override
    public void filter(ContainerRequestContext request) {
        FaultSettings settings = faults.of(system);
        sleep(settings.latencyMs());
        switch (faults.verdict(settings)) {
            case ERROR -> abort(request, Response.status(503), "SERVICE_UNAVAILABLE");
            case THROTTLE -> abort(request, Response.status(429)
                    .header("Retry-After", ApiException.RETRY_AFTER_SECONDS), "THROTTLED");
            case PROCEED -> {
                if (faults.loseResponse(settings)) {
                    request.setProperty(LOSE_PROPERTY, Boolean.TRUE);
                }
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(LOSE_PROPERTY) != null) {
            sleep(faults.lostResponseDelay().toMillis());
        }
    }

    private static void abort(ContainerRequestContext request, Response.ResponseBuilder response, String code) {
        CallNote.of(request).fault();
        request.abortWith(response.type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, "fault injected by the sandbox"))
                .build());
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
