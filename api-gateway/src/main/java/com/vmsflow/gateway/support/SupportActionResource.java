package com.vmsflow.gateway.support;

import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.order.OrderLookup;
import com.vmsflow.gateway.order.OrderView;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.store.Role;
import com.vmsflow.store.SupportAuditRepository;
import com.vmsflow.store.SupportAuditRepository.Entry;
import io.temporal.client.WorkflowUpdateException;
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
    private final SupportAuditRepository audit;
    private final OrderLookup lookup;

    public SupportActionResource(OrderWorkflows workflows, SupportAuditRepository audit, OrderLookup lookup) {
        this.workflows = workflows;
        this.audit = audit;
        this.lookup = lookup;
    }

    @POST
    @Allowed({Role.SUPPORT})
    public Response act(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                        @NotNull @Valid SupportActionBody body, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        SupportRequest request = new SupportRequest(body.action(), caller.getName(), body.reason());
        String workflowId = ForwardOrderWorkflow.idFor(clientId, orderId);
        try {
            var outcome = workflows.support(clientId, orderId, UpdateIds.of("support", request), request);
            audit.add(new Entry(clientId, workflowId, body.action().name(), body.reason(), caller.keyId(),
                    caller.getName(), "ACCEPTED", null, null, null));
            return Response.ok(OrderView.of(outcome.state())).build();
        } catch (WorkflowUpdateException refused) {
            var refusal = UpdateErrors.Refusal.of(refused);
            audit.add(new Entry(clientId, workflowId, body.action().name(), body.reason(), caller.keyId(),
                    caller.getName(), "REFUSED", refusal.map(UpdateErrors.Refusal::code).orElse("UNKNOWN"),
                    refusal.map(UpdateErrors.Refusal::message).orElse(refused.getMessage()), null));
            throw refused;
        }
    }

    /**
     * The audit trail of the order's support actions, oldest first; 404 for an order the client does not have (an
     * unknown order, an unknown client, another client's order), as for the order itself.
     */
    @GET
    @Allowed({Role.SUPPORT})
    public List<Entry> trail(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId) {
        List<Entry> trail = audit.of(clientId, ForwardOrderWorkflow.idFor(clientId, orderId));
        if (trail.isEmpty() && lookup.find(clientId, orderId).isEmpty()) {
            throw ApiException.notFound("order " + orderId + " not found");
        }
        return trail;
    }
}
