package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The warehouse's receipt and QC of a return, handed to the return's {@code receive} update. */
@Path("/v1/clients/{clientId}/returns/{returnId}/receipt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record ReturnReceiptResource(ReturnWorkflows workflows) {

    /**
     * 202 with the return once it has taken the receipt (QC then goes to Ajio). The same receipt again answers the
     * same and changes nothing; a different one is 409 CONFLICT.
     */
    @POST
    @Allowed(Role.WAREHOUSE)
    public Response receive(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId,
                            @NotNull @Valid ReceiptBody body) {
        var state = workflows.receive(clientId, returnId, UpdateIds.of("receipt", body), body.toReceipt());
        return Response.accepted(ReturnView.of(state)).build();
    }
}
