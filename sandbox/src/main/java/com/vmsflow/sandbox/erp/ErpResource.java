package com.vmsflow.sandbox.erp;

import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A client's ERP in PUSH mode: {@code POST /erp/{clientId}/postings}. */
@Path("/erp/{clientId}/postings")
@Simulated(OutsideSystem.ERP)
@Produces(MediaType.APPLICATION_JSON)
public record ErpResource(ErpSimulator erp) {

    @POST
    @CallName("posting")
    public Response receive(@Context ContainerRequestContext request, @PathParam("clientId") String clientId,
                            Posting posting) {
        if (posting != null) {
            CallNote.of(request).businessKey(posting.messageId());
        }
        return CallNote.respond(request, 200, erp.receive(clientId, posting));
    }
}
