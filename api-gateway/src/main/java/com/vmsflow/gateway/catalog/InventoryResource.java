package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.StockLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Absolute stock levels from the seller or the warehouse; UNFULFILLABLE orders try their reservation again. */
@Path("/v1/clients/{clientId}/inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryRepository inventory;
    private final OrderRepository orders;
    private final OrderWorkflows workflows;

    public InventoryResource(InventoryRepository inventory, OrderRepository orders, OrderWorkflows workflows) {
        this.inventory = inventory;
        this.orders = orders;
        this.workflows = workflows;
    }

    @PUT
    @Allowed({Role.SELLER, Role.WAREHOUSE})
    public StockLevelsWritten put(@PathParam("clientId") String clientId,
                                          @NotNull @Size(min = 1, max = 10_000)
                                          @NoDuplicates(message = "repeats a sku at the same location")
                                          List<@NotNull @Valid StockLevelBody> body) {
        int written = inventory.setStock(clientId, body.stream()
                .map(l -> new StockLevel(l.sku(), l.location(), l.quantity())).toList());
        // Any new stock may be what an UNFULFILLABLE order waits for: each tries again and keeps what it gets.
        List<String> retried = orders.orderIdsWithStatus(clientId, OrderStatus.UNFULFILLABLE).stream()
                .filter(orderId -> workflows.retryReservation(clientId, orderId))
                .toList();
        return new StockLevelsWritten(written, retried);
    }
}
