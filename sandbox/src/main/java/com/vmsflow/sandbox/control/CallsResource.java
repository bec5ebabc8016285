package com.vmsflow.sandbox.control;

import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Params;
import com.vmsflow.sandbox.calls.CallLog;
import com.vmsflow.sandbox.calls.CallsReport;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The record of calls the simulated systems received. */
@Path("/sandbox/calls")
@Produces(MediaType.APPLICATION_JSON)
public record CallsResource(CallLog calls) {

    /** Calls listed when the request gives no limit; the counts always cover every call. */
    static final int DEFAULT_LIMIT = 10_000;

    @GET
    public CallsReport report(@QueryParam("system") String system, @QueryParam("operation") String operation,
                              @QueryParam("limit") String limit) {
        int max = Params.integer("limit", limit, DEFAULT_LIMIT);
        if (max < 0) {
            throw ApiException.invalid("limit must not be negative");
        }
        return calls.report(system(system), operation == null || operation.isBlank() ? null : operation, max);
    }

    @DELETE
    public Response clear() {
        calls.clear();
        return Response.noContent().build();
    }

    private static OutsideSystem system(String system) {
        if (system == null || system.isBlank()) {
            return null;
        }
        try {
            return OutsideSystem.valueOf(system.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("system must be AJIO, RMS or ERP, not " + system);
        }
    }
}
