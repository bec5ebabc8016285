package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.order.Acknowledgement;
import com.vmsflow.sandbox.ajio.order.B2bInvoiceUpload;
import com.vmsflow.sandbox.ajio.order.B2bOrderView;
import com.vmsflow.sandbox.ajio.order.B2cInvoice;
import com.vmsflow.sandbox.ajio.order.OrderPage;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.order.OrderView;
import com.vmsflow.sandbox.ajio.order.QuantityCancellation;
import com.vmsflow.sandbox.ajio.order.ShippingLabel;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Params;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Ajio's order calls: listing by date window, reading, acknowledging, cancelling and the order's documents. */
@Path("/ajio/v1/orders")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioOrdersResource(OrderService orders) {

    private static final int DEFAULT_PAGE_SIZE = 100;

    @GET
    @CallName("listOrders")
    public OrderPage list(@Context ContainerRequestContext request, @QueryParam("createdFrom") String createdFrom,
                          @QueryParam("createdTo") String createdTo, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        return orders.list(AjioAuthFilter.sellerOf(request), Params.instant("createdFrom", createdFrom),
                Params.instant("createdTo", createdTo), Params.integer("page", page, 0),
                Params.integer("size", size, DEFAULT_PAGE_SIZE));
    }

    @GET
    @Path("/{orderId}")
    @CallName(value = "getOrder", keyParam = "orderId")
    public OrderView get(@Context ContainerRequestContext request, @PathParam("orderId") String orderId) {
        return orders.get(AjioAuthFilter.sellerOf(request), orderId);
    }

    @POST
    @Path("/{orderId}/acknowledgement")
    @CallName(value = "acknowledge", keyParam = "orderId")
    public OrderView acknowledge(@Context ContainerRequestContext request, @PathParam("orderId") String orderId,
                                 Acknowledgement acknowledgement) {
        return orders.acknowledge(AjioAuthFilter.sellerOf(request), orderId, acknowledgement);
    }

    @GET
    @Path("/{orderId}/b2b")
    @CallName(value = "getB2bOrder", keyParam = "orderId")
    public B2bOrderView b2b(@Context ContainerRequestContext request, @PathParam("orderId") String orderId) {
        return orders.b2b(AjioAuthFilter.sellerOf(request), orderId);
    }

    @POST
    @Path("/{orderId}/cancellation")
    @CallName(value = "cancel", keyParam = "orderId")
    public OrderView cancel(@Context ContainerRequestContext request, @PathParam("orderId") String orderId,
                            QuantityCancellation cancellation) {
        return orders.cancelBySeller(AjioAuthFilter.sellerOf(request), orderId, cancellation);
    }

    @POST
    @Path("/{orderId}/b2b-invoice")
    @CallName(value = "uploadB2bInvoice", keyParam = "orderId")
    public Response uploadB2bInvoice(@Context ContainerRequestContext request, @PathParam("orderId") String orderId,
                                     B2bInvoiceUpload upload) {
        return CallNote.respond(request, 201,
                orders.uploadB2bInvoice(AjioAuthFilter.sellerOf(request), orderId, upload));
    }

    @GET
    @Path("/{orderId}/b2c-invoice")
    @CallName(value = "getB2cInvoice", keyParam = "orderId")
    public B2cInvoice b2cInvoice(@Context ContainerRequestContext request, @PathParam("orderId") String orderId) {
        return orders.b2cInvoice(AjioAuthFilter.sellerOf(request), orderId);
    }

    @GET
    @Path("/{orderId}/shipping-label")
    @CallName(value = "getShippingLabel", keyParam = "orderId")
    public ShippingLabel shippingLabel(@Context ContainerRequestContext request,
                                       @PathParam("orderId") String orderId) {
        return orders.shippingLabel(AjioAuthFilter.sellerOf(request), orderId);
    }
}
