package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.FeedPage;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.order.OrderUpdateEvent;
import com.vmsflow.sandbox.ajio.order.OrderUpdatesFeed;
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

/** {@code GET /ajio/v1/order-updates}: a dispatch-after time moved, a replacement's original picked up (ONHOLD). */
@Path("/ajio/v1/order-updates")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class AjioOrderUpdatesResource {

    static final int DEFAULT_LIMIT = 100;

    private final OrderService orders;

    public AjioOrderUpdatesResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    @CallName("listOrderUpdates")
    public OrderUpdatesFeed list(@Context ContainerRequestContext request, @QueryParam("after") String after,
                                 @QueryParam("limit") String limit) {
        FeedPage<OrderUpdateEvent> page = orders.orderUpdates(AjioAuthFilter.sellerOf(request), after,
                Params.integer("limit", limit, DEFAULT_LIMIT));
        return new OrderUpdatesFeed(page.items(), page.next());
    }
}
