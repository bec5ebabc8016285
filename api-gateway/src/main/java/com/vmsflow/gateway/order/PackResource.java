package com.vmsflow.gateway.order;

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

/** The warehouse's pack result, handed to the order's {@code pack} update. */
@Path("/v1/clients/{clientId}/orders/{orderId}/pack")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record PackResource(OrderWorkflows workflows) {

    /**
     * 202 with the order as the update left it (or as it stands while the workflow is still at it). The same pack
     * result again answers the same, changing nothing.
     */
    @POST
    @Allowed(Role.WAREHOUSE)
    public Response pack(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                         @NotNull @Valid PackBody body) {
        var outcome = workflows.pack(clientId, orderId, UpdateIds.of("pack", body), body.toPackResult());
        return Response.accepted(OrderView.of(outcome.state())).build();
    }
}
