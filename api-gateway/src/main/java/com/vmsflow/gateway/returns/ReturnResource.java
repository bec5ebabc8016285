package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.paging.ListFilters;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Reading returns: one return's full state, or pages of the read model (e.g. the returns still EXPECTED). */
@Path("/v1/clients/{clientId}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SELLER, Role.SUPPORT, Role.ERP, Role.WAREHOUSE})
public record ReturnResource(ReturnWorkflows workflows, ReturnRepository returns) {

    @GET
    @Path("/{returnId}")
    public ReturnView get(@PathParam("clientId") String clientId, @PathParam("returnId") String returnId) {
        return workflows.find(clientId, returnId)
                .orElseThrow(() -> ApiException.notFound("return " + returnId + " not found"));
    }

    @GET
    public ReturnPage list(@PathParam("clientId") String clientId,
                           @QueryParam("status") String status,
                           @Valid @BeanParam PageRequest request) {
        ReturnStatus wanted = ListFilters.oneOf("status", status, ReturnStatus.class);
        PageRequest.Page<ReturnSummary> page = request.page(returns.list(clientId, wanted, request.after(),
                request.rowsToRead()), ReturnSummary::of, ReturnSummary::returnId);
        return new ReturnPage(page.items(), page.next());
    }
}
