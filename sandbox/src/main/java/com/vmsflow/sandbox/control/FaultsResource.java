package com.vmsflow.sandbox.control;

import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.faults.FaultSettings;
import com.vmsflow.sandbox.faults.Faults;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The faults switched on per simulated system. */
@Path("/sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public record FaultsResource(Faults faults) {

    @GET
    public List<FaultSettings> all() {
        return faults.all();
    }

    /** Replaces the faults of the system the body names. */
    @PUT
    public FaultSettings set(FaultSettings settings) {
        faults.set(ApiException.requireBody(settings));
        return faults.of(settings.system());
    }

    @DELETE
    public Response clear() {
        faults.clear();
        return Response.noContent().build();
    }
}
