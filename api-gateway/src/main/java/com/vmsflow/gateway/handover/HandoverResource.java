package com.vmsflow.gateway.handover;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.handover.HandoverRequest;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Courier handovers: the warehouse hands a batch of PACKED orders to a courier; one handover workflow makes the Ajio
 * manifests (250 orders each, on the marketplace account each order is on) and tells each order. An order can be on
 * one handover only; what goes and what stays is {@link HandoverBatch}'s.
 */
@Path("/v1/clients/{clientId}/handovers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record HandoverResource(OrderRepository orders, HandoverRepository handovers, HandoverWorkflows workflows,
                               Duration answerWithin) {

    /**
     * 201 with the manifests when Ajio made them within the configured wait, else 202 IN_PROGRESS (read it again with
     * GET). Orders on a B2B2C partner's account that are not yet PACKED are kept back, listed with why: the others
     * go. The same handover again answers as the first time.
     */
    @POST
    @Allowed(Role.WAREHOUSE)
    public Response create(@PathParam("clientId") String clientId, @NotNull @Valid HandoverBody body) {
        Map<String, OrderRow> rows = orders.findAll(clientId, body.orderIds());
        // A repeat finds its orders handed over already: only a new handover checks that they are PACKED.
        HandoverBatch batch = handovers.find(clientId, body.handoverId())
                .map(recorded -> HandoverBatch.repeating(recorded, body.orderIds(), rows))
                .orElseGet(() -> HandoverBatch.of(body.orderIds(), rows));
        HandoverClaim claim = handovers.claim(clientId, body.handoverId(), body.courier(), batch.handedOver());
        if (claim instanceof HandoverClaim.IdConflict) {
            throw HandoverBatch.idTaken(body.handoverId());
        }
        if (claim instanceof HandoverClaim.OrdersTaken taken) {
            throw ordersTaken(body.orderIds(), taken.handoverIdByOrderId());
        }
        workflows.start(new HandoverRequest(clientId, body.handoverId(), body.courier(), batch.handedOver(),
                batch.partnerAccounts()));
        HandoverView view = HandoverView.of(body.handoverId(), body.courier(),
                workflows.await(clientId, body.handoverId(), answerWithin), batch.keptBack());
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
        return HandoverView.of(row.handoverId(), row.courier(), workflows.current(clientId, handoverId), null);
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
