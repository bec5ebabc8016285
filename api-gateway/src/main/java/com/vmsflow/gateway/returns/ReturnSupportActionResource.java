package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.support.SupportActionBody;
import com.vmsflow.gateway.support.SupportAuditTrail;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnWorkflow;
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
 * Support's hand on a return, SUPPORT keys only, as on an order: retry a step an outside system refused (Ajio's QC
 * update or credit note upload, the ERP's return order, the RMS's credit note), or skip one support did by hand. The
 * return's {@code support} update takes it; every request is audited, refused ones too, and the workflow keeps its
 * own record of the actions it took. The update runs through {@link ReturnWorkflows#support} (and so through
 * {@code Updates}, as every update of the gateway).
 */
@Path("/v1/clients/{clientId}/returns/{returnId}/support-actions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReturnSupportActionResource {

    private final ReturnWorkflows returns;
    private final SupportAuditTrail audit;

    public ReturnSupportActionResource(ReturnWorkflows returns, SupportAuditRepository audit) {
        this.returns = returns;
        this.audit = new SupportAuditTrail(audit);
    }

    /** 200 with the return once it took the action; 409 NOT_AWAITING when it waits for nothing support can do. */
    @POST
    @Allowed({Role.SUPPORT})
    public Response act(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId,
                        @NotNull @Valid SupportActionBody body, @Context SecurityContext security) {
        ReturnState state = audit.act(clientId, ReturnWorkflow.idFor(clientId, returnId), body, Caller.of(security),
                request -> returns.support(clientId, returnId, UpdateIds.of("support", request), request));
        return Response.ok(ReturnView.of(state)).build();
    }

    /**
     * The audit trail of the return's support actions, oldest first; 404 for a return the client does not have, as
     * for the return itself.
     */
    @GET
    @Allowed({Role.SUPPORT})
    public List<Entry> trail(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId) {
        return audit.of(clientId, ReturnWorkflow.idFor(clientId, returnId),
                () -> returns.find(clientId, returnId).isPresent(), "return " + returnId + " not found");
    }
}
