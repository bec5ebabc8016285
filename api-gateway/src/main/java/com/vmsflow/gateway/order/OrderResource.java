package com.vmsflow.gateway.order;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.paging.ListFilters;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.OrderRow;
import com.vmsflow.store.Role;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading orders: one order's full state, or pages of the read model (e.g. the PROCESSING orders to pick). */
@Path("/v1/clients/{clientId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SELLER, Role.SUPPORT, Role.ERP, Role.WAREHOUSE})
public record OrderResource(OrderLookup lookup, OrderRepository orders) {

    /** Longer than any of the five keys (an IRN is 64 characters). */
    private static final int MAX_SEARCH = 100;
    private static final Pattern SEARCH_KEY = Pattern.compile("[A-Za-z0-9._/-]+");

    @GET
    @Path("/{orderId}")
    public OrderView get(@PathParam("clientId") String clientId, @PathParam("orderId") String orderId) {
        return lookup.find(clientId, orderId).orElseThrow(() -> ApiException.notFound("order " + orderId
                + " not found"));
    }

    /**
     * A page of the read model, of one status or any; with {@code search}, only the orders it names exactly by their
     * channel order id, parent order id, PO number, IRN or AWB, whatever the case (V11).
     */
    @GET
    public OrderPage list(@PathParam("clientId") String clientId,
                          @QueryParam("status") String status,
                          @QueryParam("search") String search,
                          @Valid @BeanParam PageRequest request) {
        OrderStatus wanted = ListFilters.oneOf("status", status, OrderStatus.class);
        String key = searchKey(search);
        List<OrderRow> rows = key == null
                ? orders.list(clientId, wanted, request.after(), request.rowsToRead())
                : orders.search(clientId, key, wanted, request.after(), request.rowsToRead());
        PageRequest.Page<OrderSummary> page = request.page(rows, OrderSummary::of, OrderSummary::orderId);
        return new OrderPage(page.items(), page.next());
    }

    /** An empty search (a form's empty field) is no search; a key is letters, digits and {@code - _ / .}. */
    private static String searchKey(String search) {
        String key = ListFilters.given(search);
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_SEARCH) {
            throw ApiException.validationFailed(Map.of("search", "must be at most " + MAX_SEARCH + " characters"));
        }
        if (!SEARCH_KEY.matcher(key).matches()) {
            throw ApiException.validationFailed(Map.of("search",
                    "must be an order id, parent order id, PO number, IRN or AWB: letters, digits and - _ / ."));
        }
        return key;
    }
}
