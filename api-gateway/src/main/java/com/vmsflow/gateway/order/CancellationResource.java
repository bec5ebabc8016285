package com.vmsflow.gateway.order;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A seller's (or support's) cancellation, handed to the order's {@code cancel} update, whose validator applies the
 * SOPs' rules: a refusal is 409 CANCELLATION_NOT_ALLOWED with the rule in its message.
 */
@Path("/v1/clients/{clientId}/orders/{orderId}/cancellations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record CancellationResource(OrderWorkflows workflows) {

    /**
     * 200 with the order's new state; 202 with the order as it stands when the workflow has taken the request but not
     * finished it yet. The same request again (same kind, lines and reason) answers as the first, changing nothing.
     */
    @POST
    @Allowed({Role.SELLER, Role.SUPPORT})
    public Response cancel(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                           @NotNull @Valid CancellationBody body, @Context SecurityContext security) {
        var request = body.toRequest(Caller.of(security).role().name());
        var outcome = workflows.cancel(clientId, orderId, UpdateIds.of("cancel", request), request);
        return Response.status(outcome.completed() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(OrderView.of(outcome.state())).build();
    }
}
