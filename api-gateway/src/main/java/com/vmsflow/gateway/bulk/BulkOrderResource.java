package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkAction;
import com.vmsflow.bulk.BulkOrderWorkflow;
import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.auth.Caller;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.gateway.support.SupportActionBody;
import com.vmsflow.gateway.support.SupportAuditTrail;
import com.vmsflow.gateway.temporal.UpdateIds;
import com.vmsflow.store.BulkOrderRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.SupportAuditRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bulk B2B outward orders (the internal channel, seed 004): the seller creates one, the seller or support allocates it
 * (the seed's "retry": allocation is a manual trigger), the warehouse packs and dispatches it, the seller may complete
 * it short. Each order is a workflow; its refusals come back as the API's errors through {@code Updates}.
 */
@Path("/v1/clients/{clientId}/bulk-orders")
@Produces(MediaType.APPLICATION_JSON)
public class BulkOrderResource {

    private final BulkOrderWorkflows workflows;
    private final BulkOrderRepository bulkOrders;
    private final ClientRepository clients;
    private final SupportAuditTrail audit;

    public BulkOrderResource(BulkOrderWorkflows workflows, BulkOrderRepository bulkOrders, ClientRepository clients,
                             SupportAuditRepository audit) {
        this.workflows = workflows;
        this.bulkOrders = bulkOrders;
        this.clients = clients;
        this.audit = new SupportAuditTrail(audit);
    }

    /** 201 with the order, CREATED; the same order again answers as the first time, another under its id is 409. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SELLER)
    public Response create(@PathParam("clientId") String clientId, @NotNull @Valid BulkOrderBody body) {
        var profile = clients.find(clientId).orElseThrow(() -> ApiException.notFound("no client " + clientId))
                .profile();
        var created = workflows.create(profile, body.toRequest());
        return Response.status(Response.Status.CREATED)
                .location(UriBuilder.fromResource(BulkOrderResource.class).path("{bulkOrderId}")
                        .build(clientId, body.bulkOrderId()))
                .entity(BulkOrderView.of(created.state(), false))
                .build();
    }

    @GET
    @Path("/{bulkOrderId}")
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.SUPPORT})
    public BulkOrderView get(@PathParam("clientId") String clientId, @PathParam("bulkOrderId") String bulkOrderId) {
        return workflows.find(clientId, bulkOrderId)
                .orElseThrow(() -> ApiException.notFound("bulk order " + bulkOrderId + " not found"));
    }

    /** A page of the read model, of one status or any, by bulk order id. */
    @GET
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.SUPPORT})
    public BulkOrderPage list(@PathParam("clientId") String clientId, @QueryParam("status") String status,
                              @Valid @BeanParam PageRequest request) {
        PageRequest.Page<BulkOrderSummary> page = request.page(bulkOrders.list(clientId, status(status),
                request.after(), request.rowsToRead()), BulkOrderSummary::of, BulkOrderSummary::bulkOrderId);
        return new BulkOrderPage(page.items(), page.next());
    }

    /** 200 with the order after the round: FULFILLABLE, PARTIALLY_FULFILLABLE, or UNFULFILLABLE and why, per SKU. */
    @POST
    @Path("/{bulkOrderId}/allocate")
    @Allowed({Role.SELLER, Role.SUPPORT})
    public BulkOrderView allocate(@PathParam("clientId") String clientId,
                                  @PathParam("bulkOrderId") String bulkOrderId, @Context SecurityContext security) {
        return BulkOrderView.of(workflows.allocate(clientId, bulkOrderId, by(security)), false);
    }

    /** 200 with the order: what was not packed is released, nothing more is allocated. */
    @POST
    @Path("/{bulkOrderId}/complete")
    @Allowed(Role.SELLER)
    public BulkOrderView complete(@PathParam("clientId") String clientId,
                                  @PathParam("bulkOrderId") String bulkOrderId, @Context SecurityContext security) {
        return BulkOrderView.of(workflows.complete(clientId, bulkOrderId, by(security)), false);
    }

    /** 200 with the order; the same packed quantities again answer the same, changing nothing. */
    @POST
    @Path("/{bulkOrderId}/pack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.WAREHOUSE)
    public BulkOrderView pack(@PathParam("clientId") String clientId, @PathParam("bulkOrderId") String bulkOrderId,
                              @NotNull @Valid BulkPackBody body) {
        return BulkOrderView.of(workflows.pack(clientId, bulkOrderId, UpdateIds.of("pack", body), body.toPack()),
                false);
    }

    /** 200 with the order, DISPATCHED (COMPLETED once the ERP has its posting). */
    @POST
    @Path("/{bulkOrderId}/dispatch")
    @Allowed(Role.WAREHOUSE)
    public BulkOrderView dispatch(@PathParam("clientId") String clientId,
                                  @PathParam("bulkOrderId") String bulkOrderId, @Context SecurityContext security) {
        return BulkOrderView.of(workflows.dispatch(clientId, bulkOrderId, by(security)), false);
    }

    /**
     * Support's hand on a bulk order whose ERP posting the ERP refused: RETRY it once the cause is fixed, or SKIP it
     * (posted by hand). Audited, refused requests too, as on an order.
     */
    @POST
    @Path("/{bulkOrderId}/support-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPPORT)
    public BulkOrderView support(@PathParam("clientId") String clientId, @PathParam("bulkOrderId") String bulkOrderId,
                                 @NotNull @Valid SupportActionBody body, @Context SecurityContext security) {
        return BulkOrderView.of(audit.act(clientId, BulkOrderWorkflow.idFor(clientId, bulkOrderId), body,
                Caller.of(security), request -> workflows.support(clientId, bulkOrderId,
                        UpdateIds.of("support", request), request)), false);
    }

    private static BulkAction by(SecurityContext security) {
        return new BulkAction(Caller.of(security).getName());
    }

    private static BulkOrderStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return Arrays.stream(BulkOrderStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.validationFailed(Map.of("status", "must be one of "
                        + Arrays.stream(BulkOrderStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
