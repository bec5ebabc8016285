package com.vmsflow.sandbox.control;

import com.vmsflow.sandbox.ajio.Tokens;
import com.vmsflow.sandbox.ajio.inventory.InventoryItems;
import com.vmsflow.sandbox.ajio.inventory.InventoryReport;
import com.vmsflow.sandbox.ajio.inventory.InventoryService;
import com.vmsflow.sandbox.ajio.order.BulkOrders;
import com.vmsflow.sandbox.ajio.order.CancellationEvent;
import com.vmsflow.sandbox.ajio.order.DispatchAfterChange;
import com.vmsflow.sandbox.ajio.order.OrderUpdateEvent;
import com.vmsflow.sandbox.ajio.order.NewOrder;
import com.vmsflow.sandbox.ajio.order.OrderDetail;
import com.vmsflow.sandbox.ajio.order.OrderRefusals;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.order.QuantityCancellation;
import com.vmsflow.sandbox.ajio.order.RefuseNext;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnService;
import com.vmsflow.sandbox.ajio.rsi.NewRsiDocument;
import com.vmsflow.sandbox.ajio.rsi.RsiService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What happens at Ajio without the seller: orders, customer, business and panel cancellations, returns, RSI
 * documents, the inventory Ajio showed before, an order's calls Ajio refuses; and what Ajio shows.
 */
@Path("/sandbox/ajio")
@Produces(MediaType.APPLICATION_JSON)
public record AjioControlResource(OrderService orders, ReturnService returns, RsiService rsi,
                                  InventoryService inventory, Tokens tokens) {

    @POST
    @Path("/{sellerId}/orders")
    public Response createOrder(@PathParam("sellerId") String sellerId, NewOrder order) {
        return created(orders.create(sellerId, order));
    }

    @POST
    @Path("/{sellerId}/orders/bulk")
    public Response createOrders(@PathParam("sellerId") String sellerId, BulkOrders bulk) {
        return created(orders.createMany(sellerId, bulk));
    }

    @GET
    @Path("/{sellerId}/orders/{orderId}")
    public OrderDetail order(@PathParam("sellerId") String sellerId, @PathParam("orderId") String orderId) {
        return orders.detail(sellerId, orderId);
    }

    /** Refused with 409 {@code ALREADY_ACKNOWLEDGED} after the acknowledgement; then no event is made. */
    @POST
    @Path("/{sellerId}/orders/{orderId}/customer-cancellation")
    public CancellationEvent customerCancellation(@PathParam("sellerId") String sellerId,
                                                  @PathParam("orderId") String orderId,
                                                  QuantityCancellation cancellation) {
        return orders.cancelByCustomer(sellerId, orderId, cancellation);
    }

    @POST
    @Path("/{sellerId}/orders/{orderId}/business-cancellation")
    public CancellationEvent businessCancellation(@PathParam("sellerId") String sellerId,
                                                  @PathParam("orderId") String orderId,
                                                  QuantityCancellation cancellation) {
        return orders.cancelByAjioBusiness(sellerId, orderId, cancellation);
    }

    /** Cancelled on Ajio's seller panel: what the order calls then show, with no event on the cancellation feed. */
    @POST
    @Path("/{sellerId}/orders/{orderId}/panel-cancellation")
    public OrderDetail panelCancellation(@PathParam("sellerId") String sellerId,
                                         @PathParam("orderId") String orderId) {
        return orders.cancelOnPanel(sellerId, orderId);
    }

    /** Ajio moves the order's dispatch-after time (null clears it); answers its order-updates event. */
    @PUT
    @Path("/{sellerId}/orders/{orderId}/dispatch-after")
    public OrderUpdateEvent moveDispatchAfter(@PathParam("sellerId") String sellerId,
                                              @PathParam("orderId") String orderId, DispatchAfterChange change) {
        return orders.moveDispatchAfter(sellerId, orderId, change);
    }

    /** The original of this replacement was picked up; 409 {@code NOT_A_REPLACEMENT} for another order. */
    @POST
    @Path("/{sellerId}/orders/{orderId}/return-picked-up")
    public OrderUpdateEvent returnPickedUp(@PathParam("sellerId") String sellerId,
                                           @PathParam("orderId") String orderId) {
        return orders.returnPickedUp(sellerId, orderId);
    }

    /**
     * Ajio refuses the next {@code times} calls of one operation for this order (422 {@code OPERATION_REFUSED}, no
     * effect); 400 {@code UNKNOWN_OPERATION} or {@code INVALID_TIMES}. Answers the order's switches.
     */
    @POST
    @Path("/{sellerId}/orders/{orderId}/refuse-next")
    public OrderRefusals refuseNext(@PathParam("sellerId") String sellerId, @PathParam("orderId") String orderId,
                                    RefuseNext request) {
        return orders.refuseNext(sellerId, orderId, request);
    }

    /** Ajio handles every call of the order as usual again. */
    @DELETE
    @Path("/{sellerId}/orders/{orderId}/refuse-next")
    public Response clearRefusals(@PathParam("sellerId") String sellerId, @PathParam("orderId") String orderId) {
        orders.clearRefusals(sellerId, orderId);
        return Response.noContent().build();
    }

    /** What Ajio shows for the seller's channel SKUs ({@code sku}: that one only) and the counts of its calls. */
    @GET
    @Path("/{sellerId}/inventory")
    public InventoryReport inventory(@PathParam("sellerId") String sellerId, @QueryParam("sku") String sku) {
        return inventory.report(sellerId, sku);
    }

    /** Figures Ajio showed before the test: not pushes, and outside the batch size and the rate limit. */
    @PUT
    @Path("/{sellerId}/inventory")
    public InventoryReport presetInventory(@PathParam("sellerId") String sellerId, InventoryItems items) {
        return inventory.preset(sellerId, items);
    }

    @POST
    @Path("/{sellerId}/returns")
    public Response createReturn(@PathParam("sellerId") String sellerId, NewReturn request) {
        return created(returns.create(sellerId, request));
    }

    @POST
    @Path("/{sellerId}/rsi-documents")
    public Response createRsiDocument(@PathParam("sellerId") String sellerId, NewRsiDocument request) {
        return created(rsi.create(sellerId, request));
    }

    /** Ajio refuses the seller's credentials (its tokens too) until they are restored: 200 {sellerId, revoked}. */
    @POST
    @Path("/{sellerId}/credentials/revoke")
    public CredentialsState revokeCredentials(@PathParam("sellerId") String sellerId) {
        tokens.revoke(sellerId);
        return new CredentialsState(sellerId, true);
    }

    /** Ajio accepts the seller's credentials again. */
    @POST
    @Path("/{sellerId}/credentials/restore")
    public CredentialsState restoreCredentials(@PathParam("sellerId") String sellerId) {
        tokens.restore(sellerId);
        return new CredentialsState(sellerId, false);
    }

    /** Whether Ajio refuses a seller's credentials now. */
    public record CredentialsState(String sellerId, boolean revoked) {
    }

    /** Every access token stops working, as if 30 minutes had passed: for tests of the refresh. */
    @POST
    @Path("/tokens/expire")
    public Response expireTokens() {
        tokens.expireAll();
        return Response.noContent().build();
    }

    private static Response created(Object body) {
        return Response.status(201).entity(body).build();
    }
}
