package com.vmsflow.gateway.order;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading orders: one order's full state, or pages of the read model (e.g. the PROCESSING orders to pick). */
@Path("/v1/clients/{clientId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SELLER, Role.SUPPORT, Role.ERP, Role.WAREHOUSE})
public class OrderResource {

    private final OrderLookup lookup;
    private final OrderRepository orders;

    public OrderResource(OrderLookup lookup, OrderRepository orders) {
        this.lookup = lookup;
        this.orders = orders;
    }

    @GET
    @Path("/{orderId}")
    public OrderView get(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId) {
        return lookup.find(clientId, orderId).orElseThrow(() -> ApiException.notFound("order " + orderId
                + " not found"));
    }

    @GET
    public OrderPage list(@PathParam("clientId") String clientId,
                          @QueryParam("status") String status,
                          @Valid @BeanParam PageRequest request) {
        PageRequest.Page<OrderSummary> page = request.page(orders.list(clientId, status(status), request.after(),
                request.rowsToRead()), OrderSummary::of, OrderSummary::orderId);
        return new OrderPage(page.items(), page.next());
    }

    private static OrderStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.validationFailed(Map.of("status", "must be one of "
                        + Arrays.stream(OrderStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
