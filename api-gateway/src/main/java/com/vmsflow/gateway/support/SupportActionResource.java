package com.vmsflow.gateway.support;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.order.OrderLookup;
import com.vmsflow.gateway.order.OrderView;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.store.Role;
import com.vmsflow.store.SupportAuditRepository;
import com.vmsflow.store.SupportAuditRepository.Entry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Support's hand on an order, SUPPORT keys only: retry now (a FAILED or UNFULFILLABLE order, or a step an outside
 * system refused) or skip a refused step done by hand. Every request is audited, refused ones too; the workflow
 * keeps its own record of the actions it took.
 */
@Path("/v1/clients/{clientId}/orders/{orderId}/support-actions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SupportActionResource {

    private final OrderWorkflows workflows;
    private final SupportAuditTrail audit;
    private final OrderLookup lookup;

    public SupportActionResource(OrderWorkflows workflows, SupportAuditRepository audit, OrderLookup lookup) {
        this.workflows = workflows;
        this.audit = new SupportAuditTrail(audit);
        this.lookup = lookup;
    }

    @POST
    @Allowed({Role.SUPPORT})
    public Response act(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                        @NotNull @Valid SupportActionBody body, @Context SecurityContext security) {
        var outcome = audit.act(clientId, ForwardOrderWorkflow.idFor(clientId, orderId), body, Caller.of(security),
                request -> workflows.support(clientId, orderId, UpdateIds.of("support", request), request));
        return Response.ok(OrderView.of(outcome.state())).build();
    }

    /**
     * The audit trail of the order's support actions, oldest first; 404 for an order the client does not have (an
     * unknown order, an unknown client, another client's order), as for the order itself.
     */
    @GET
    @Allowed({Role.SUPPORT})
    public List<Entry> trail(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId) {
        return audit.of(clientId, ForwardOrderWorkflow.idFor(clientId, orderId),
                () -> lookup.find(clientId, orderId).isPresent(), "order " + orderId + " not found");
    }
}
