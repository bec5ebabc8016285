package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.FeedPage;
import com.vmsflow.sandbox.ajio.order.CancellationEvent;
import com.vmsflow.sandbox.ajio.order.CancellationFeed;
import com.vmsflow.sandbox.ajio.order.OrderService;
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

/** {@code GET /ajio/v1/cancellations}: cancellations by customers and Ajio's business team. */
@Path("/ajio/v1/cancellations")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class AjioCancellationsResource {

    static final int DEFAULT_LIMIT = 100;

    private final OrderService orders;

    public AjioCancellationsResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    @CallName("listCancellations")
    public CancellationFeed list(@Context ContainerRequestContext request, @QueryParam("after") String after,
                                 @QueryParam("limit") String limit) {
        FeedPage<CancellationEvent> page = orders.cancellations(AjioAuthFilter.sellerOf(request), after,
                Params.integer("limit", limit, DEFAULT_LIMIT));
        return new CancellationFeed(page.items(), page.next());
    }
}
