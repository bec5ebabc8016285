package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.order.CancellationEvent;
import com.vmsflow.sandbox.ajio.order.EventFeed;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.order.OrderUpdateEvent;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Params;
import com.vmsflow.sandbox.api.Simulated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Ajio's feeds of events on orders, each read with a cursor: {@code GET /ajio/v1/cancellations} (by customers and
 * Ajio's business team) and {@code GET /ajio/v1/order-updates} (a dispatch-after time moved, a replacement's
 * original picked up: what ends an ONHOLD order's hold).
 */
@Path("/ajio/v1")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioOrderFeedsResource(OrderService orders) {

    @GET
    @Path("/cancellations")
    @CallName("listCancellations")
    public EventFeed<CancellationEvent> cancellations(@Context ContainerRequestContext request,
                                                      @QueryParam("after") String after,
                                                      @QueryParam("limit") String limit) {
        return EventFeed.of(orders.cancellations(AjioAuthFilter.sellerOf(request), after, feedLimit(limit)));
    }

    @GET
    @Path("/order-updates")
    @CallName("listOrderUpdates")
    public EventFeed<OrderUpdateEvent> orderUpdates(@Context ContainerRequestContext request,
                                                    @QueryParam("after") String after,
                                                    @QueryParam("limit") String limit) {
        return EventFeed.of(orders.orderUpdates(AjioAuthFilter.sellerOf(request), after, feedLimit(limit)));
    }

    /** A page of any of Ajio's feeds: {@code limit} items, 100 when not asked. */
    static int feedLimit(String limit) {
        return Params.integer("limit", limit, 100);
    }
}
