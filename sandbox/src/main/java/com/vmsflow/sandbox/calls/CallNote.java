package com.vmsflow.sandbox.calls;

import com.vmsflow.sandbox.api.Answer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * What the handling of one request tells the calls record beyond its status: the business key when it comes
 * from the body, whether the answer was a repeat that changed nothing, whether a fault was injected, and whether a
 * refuse-next switch refused the call.
 * Kept as a property of the request; a request is handled by one thread at a time.
 */
public final class CallNote {

    private static final String PROPERTY = CallNote.class.getName();

    private String businessKey;
    private boolean repeat;
    private boolean fault;
    private boolean refused;

    public static CallNote of(ContainerRequestContext request) {
        CallNote note = (CallNote) request.getProperty(PROPERTY);
        if (note == null) {
            note = new CallNote();
            request.setProperty(PROPERTY, note);
        }
        return note;
    }

    /** Answers {@code answer} with {@code status}, noting a repeat. */
    public static Response respond(ContainerRequestContext request, int status, Answer<?> answer) {
        if (answer.repeat()) {
            of(request).repeat = true;
        }
        return Response.status(status).entity(answer.body()).build();
    }

    public CallNote businessKey(String key) {
        this.businessKey = key;
        return this;
    }

    public void fault() {
        this.fault = true;
    }

    /** A refuse-next switch refused the call: {@code REFUSED} in the record, a GET's too. */
    public void refused() {
        this.refused = true;
    }

    public String businessKey() {
        return businessKey;
    }

    public boolean repeat() {
        return repeat;
    }

    public boolean isFault() {
        return fault;
    }

    public boolean isRefused() {
        return refused;
    }
}
