package com.vmsflow.gateway.returns;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.order.OrderLookup;
import com.vmsflow.gateway.order.OrderView;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.OrderRow;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An RTO that reached the warehouse although Ajio sent no return expectation for it (seed 000, "Ajio VMS RTO
 * Generation"): the order's RTO workflow asks Ajio to generate one and hands it the receipt once it arrives.
 */
@Path("/v1/clients/{clientId}/rto-receipts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record RtoReceiptResource(OrderRepository orders, OrderLookup lookup, ReturnWorkflows workflows) {

    /**
     * 202 once the order's RTO workflow has the receipt. The items are checked against the order here, so that the
     * workflow never asks Ajio for an RTO it would refuse; the same receipt again answers the same.
     */
    @POST
    @Allowed(Role.WAREHOUSE)
    public Response receive(@PathParam("clientId") String clientId, @NotNull @Valid RtoReceiptBody body) {
        OrderRow row = orders.find(clientId, body.orderId()).orElseThrow(() -> ApiException.validationFailed(
                Map.of("orderId", "unknown order " + body.orderId())));
        OrderView order = lookup.find(clientId, body.orderId()).orElse(null);
        OrderStatus status = order == null ? row.status() : order.status();
        if (!status.shipped()) {
            throw new ApiException(ErrorCode.NOT_AWAITING, "order " + body.orderId() + " is " + status
                    + ": only a shipped order (HANDED_OVER or COMPLETED) comes back as an RTO");
        }
        if (order != null && order.lines() != null) {
            checkItems(order, body);
        }
        return Response.accepted(workflows.rtoReceipt(clientId, body.orderId(), row.partnerClientId(),
                body.toReceipt())).build();
    }

    /** Each SKU is on the order, and no more of it comes back than the order shipped (an archived order: unchecked). */
    private static void checkItems(OrderView order, RtoReceiptBody body) {
        Map<String, Integer> shipped = new LinkedHashMap<>();
        order.lines().forEach(l -> {
            if (l.sku() != null) {
                shipped.merge(l.sku(), l.ordered() - l.cancelled(), Integer::sum);
            }
        });
        Map<String, String> problems = new TreeMap<>();
        Map<String, Integer> received = new LinkedHashMap<>();
        for (int i = 0; i < body.items().size(); i++) {
            ReceiptItem item = body.items().get(i);
            if (!shipped.containsKey(item.sku())) {
                problems.put("items[" + i + "].sku", "SKU " + item.sku() + " is not on order " + order.orderId());
            } else {
                received.merge(item.sku(), item.quantity(), Integer::sum);
            }
        }
        received.forEach((sku, quantity) -> {
            if (quantity > shipped.get(sku)) {
                problems.put("items", quantity + " of SKU " + sku + " received but order " + order.orderId()
                        + " shipped " + shipped.get(sku));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
    }
}
