package com.vmsflow.gateway.handover;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.handover.HandoverRequest;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.HandoverClaim;
import com.vmsflow.store.HandoverRepository;
import com.vmsflow.store.HandoverRow;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.OrderRow;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Courier handovers: the warehouse hands a batch of PACKED orders to a courier; one handover workflow makes the Ajio
 * manifests (250 orders each) and tells each order. An order can be on one handover only.
 */
@Path("/v1/clients/{clientId}/handovers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record HandoverResource(OrderRepository orders, HandoverRepository handovers, HandoverWorkflows workflows,
                               Duration answerWithin) {

    /**
     * 201 with the manifests when Ajio made them within the configured wait, else 202 IN_PROGRESS (read it again with
     * GET). The same handover again answers as the first time.
     */
    @POST
    @Allowed(Role.WAREHOUSE)
    public Response create(@PathParam("clientId") String clientId, @NotNull @Valid HandoverBody body) {
        // A repeat finds its orders handed over already: only a new handover checks that they are PACKED.
        if (handovers.find(clientId, body.handoverId()).isEmpty()) {
            requirePacked(clientId, body.orderIds());
        }
        HandoverClaim claim = handovers.claim(clientId, body.handoverId(), body.courier(), body.orderIds());
        if (claim instanceof HandoverClaim.IdConflict) {
            throw new ApiException(ErrorCode.CONFLICT, "handover " + body.handoverId()
                    + " already exists with another courier or other orders");
        }
        if (claim instanceof HandoverClaim.OrdersTaken taken) {
            throw ordersTaken(body.orderIds(), taken.handoverIdByOrderId());
        }
        workflows.start(new HandoverRequest(clientId, body.handoverId(), body.courier(), body.orderIds()));
        HandoverView view = HandoverView.of(body.handoverId(), body.courier(),
                workflows.await(clientId, body.handoverId(), answerWithin));
        return Response.status(view.status() == HandoverStatus.COMPLETED ? Response.Status.CREATED
                        : Response.Status.ACCEPTED)
                .location(UriBuilder.fromResource(HandoverResource.class).path("{handoverId}")
                        .build(clientId, body.handoverId()))
                .entity(view)
                .build();
    }

    @GET
    @Path("/{handoverId}")
    @Allowed({Role.WAREHOUSE, Role.SUPPORT, Role.SELLER})
    public HandoverView get(@PathParam("clientId") String clientId, @PathParam("handoverId") String handoverId) {
        HandoverRow row = handovers.find(clientId, handoverId)
                .orElseThrow(() -> ApiException.notFound("handover " + handoverId + " not found"));
        return HandoverView.of(row.handoverId(), row.courier(), workflows.current(clientId, handoverId));
    }

    /** Unknown orders are 422 (the request is wrong); orders not PACKED are 409 (not yet, or no longer). */
    private void requirePacked(String clientId, List<String> orderIds) {
        Set<String> packed = new HashSet<>();
        for (OrderStatus status : OrderStatus.values()) {
            if (status.readyForHandover()) {
                packed.addAll(orders.orderIdsWithStatus(clientId, status));
            }
        }
        Map<String, String> unknown = new TreeMap<>();
        Map<String, String> notPacked = new TreeMap<>();
        for (int i = 0; i < orderIds.size(); i++) {
            String orderId = orderIds.get(i);
            if (packed.contains(orderId)) {
                continue;
            }
            Optional<OrderRow> order = orders.find(clientId, orderId);
            if (order.isEmpty()) {
                unknown.put("orderIds[" + i + "]", "unknown order");
            } else {
                notPacked.put("orderIds[" + i + "]", "order " + orderId + " is " + order.get().status()
                        + ", not PACKED");
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.validationFailed(unknown);
        }
        if (!notPacked.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_AWAITING, notPacked.size() + " of the orders are not PACKED",
                    notPacked);
        }
    }

    private static ApiException ordersTaken(List<String> orderIds, Map<String, String> handoverIdByOrderId) {
        Map<String, String> details = new TreeMap<>();
        for (int i = 0; i < orderIds.size(); i++) {
            String other = handoverIdByOrderId.get(orderIds.get(i));
            if (other != null) {
                details.put("orderIds[" + i + "]", "order " + orderIds.get(i) + " is on handover " + other);
            }
        }
        return new ApiException(ErrorCode.CONFLICT, details.size() + " of the orders are on another handover",
                details);
    }
}
