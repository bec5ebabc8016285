package com.vmsflow.gateway.order;

import com.vmsflow.document.DocumentKind;
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

/**
 * B2B2C (seed 002, step 3.3): the brand's e-invoice to its partner for an order on the partner's marketplace account,
 * handed to the order's {@code submitB2b2cInvoice} update and kept as a {@link DocumentKind#B2B2C_INVOICE}. The body
 * is a B2B invoice's, its IRN and signed QR checked the same way with the client (the brand) as the seller; the
 * workflow checks the rest: the units packed, the partner's cost price, the partner as the QR's buyer.
 */
@Path("/v1/clients/{clientId}/orders/{orderId}/b2b2c-invoice")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record B2b2cInvoiceResource(ErpGstDocuments erpDocuments, OrderWorkflows workflows) {

    /**
     * 202 once the workflow has taken the invoice; the same invoice again answers the same. Another invoice for an
     * order that has one is 409 CONFLICT; an order that awaits none (the client's own, one whose pack confirmation
     * is not posted yet, one the RMS invoices) 409 NOT_AWAITING.
     */
    @POST
    @Allowed(Role.ERP)
    public Response submit(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId,
                           @NotNull @Valid B2bInvoiceBody body) {
        var outcome = erpDocuments.submit(clientId, "order", orderId, body, DocumentKind.B2B2C_INVOICE, invoice ->
                workflows.submitB2b2cInvoice(clientId, orderId, UpdateIds.of("b2b2c-invoice", body), invoice));
        return Response.accepted(OrderView.of(outcome.state())).build();
    }
}
