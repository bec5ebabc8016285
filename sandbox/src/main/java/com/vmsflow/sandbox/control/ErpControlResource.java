package com.vmsflow.sandbox.control;

import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.sandbox.erp.ErpClientView;
import com.vmsflow.sandbox.erp.ErpSimulator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The clients' ERPs: what they did, and how they behave. */
@Path("/sandbox/erp")
@Produces(MediaType.APPLICATION_JSON)
public record ErpControlResource(ErpSimulator erp) {

    @GET
    @Path("/{clientId}")
    public ErpClientView view(@PathParam("clientId") String clientId) {
        return erp.view(clientId);
    }

    @PUT
    @Path("/{clientId}/behaviour")
    public ErpClientView change(@PathParam("clientId") String clientId, ErpBehaviour behaviour) {
        return erp.change(clientId, behaviour);
    }
}
