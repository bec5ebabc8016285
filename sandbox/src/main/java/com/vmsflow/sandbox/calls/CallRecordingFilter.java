package com.vmsflow.sandbox.calls;

import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.idempotency.IdempotencyFilter;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;

/** Records each call to one simulated operation once its answer is known. */
public record CallRecordingFilter(CallLog log, Clock clock, OutsideSystem system, CallName name)
        implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CallNote note = CallNote.of(request);
        String businessKey = note.businessKey();
        if (businessKey == null && !name.keyParam().isEmpty()) {
            businessKey = request.getUriInfo().getPathParameters().getFirst(name.keyParam());
        }
        log.record(new CallRecord(system, name.value(), businessKey,
                request.getHeaderString(IdempotencyFilter.KEY_HEADER), response.getStatus(),
                outcome(request, response, note), clock.instant()));
    }

    private static Outcome outcome(ContainerRequestContext request, ContainerResponseContext response,
                                   CallNote note) {
        int status = response.getStatus();
        if (note.isFault() || status >= 500) {
            return Outcome.FAULT;
        }
        if (note.isRefused()) {
            return Outcome.REFUSED;
        }
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return Outcome.READ;
        }
        if (status >= 400) {
            return Outcome.REFUSED;
        }
        boolean replayed = response.getHeaders().containsKey(IdempotencyFilter.REPLAYED_HEADER);
        return replayed || note.repeat() ? Outcome.REPLAYED : Outcome.APPLIED;
    }
}
