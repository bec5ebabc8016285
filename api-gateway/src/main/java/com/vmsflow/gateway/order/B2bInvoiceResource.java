package com.vmsflow.gateway.order;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.gst.ErpGstDocuments;
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

/** The ERP's B2B e-invoice of a Model 1 order, handed to the order's {@code submitB2bInvoice} update. */
@Path("/v1/clients/{clientId}/orders/{orderId}/b2b-invoice")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record B2bInvoiceResource(ErpGstDocuments erpDocuments, OrderWorkflows workflows) {

    /**
     * 202 once the workflow has taken the invoice. The same invoice again answers the same; another invoice for an
     * order that has one is 409 CONFLICT, and an order that awaits none (an RMS order) 409 NOT_AWAITING.
     */
    @POST
    @Allowed(Role.ERP)
    public Response submit(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                           @NotNull @Valid B2bInvoiceBody body) {
        var outcome = erpDocuments.submit(clientId, "order", orderId, body, invoice ->
                workflows.submitB2bInvoice(clientId, orderId, UpdateIds.of("b2b-invoice", body), invoice));
        return Response.accepted(OrderView.of(outcome.state())).build();
    }
}
