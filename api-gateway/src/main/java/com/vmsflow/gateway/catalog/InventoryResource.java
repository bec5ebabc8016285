package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.order.OrderWorkflows;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.inventory.StockNudges;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.StockLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The client's stock: read per SKU and location with what each channel was last shown; written as absolute levels by
 * the seller, the warehouse or the ERP, after which UNFULFILLABLE orders try their reservation again and the
 * channels' inventory syncs are nudged.
 */
@Path("/v1/clients/{clientId}/inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryRepository inventory;
    private final OrderRepository orders;
    private final OrderWorkflows workflows;
    private final StockNudges nudges;

    public InventoryResource(InventoryRepository inventory, OrderRepository orders, OrderWorkflows workflows,
                             StockNudges nudges) {
        this.inventory = inventory;
        this.orders = orders;
        this.workflows = workflows;
        this.nudges = nudges;
    }

    @GET
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.SUPPORT})
    public InventoryPage get(@PathParam("clientId") String clientId,
                             @QueryParam("sku") @Size(max = 100) String sku,
                             @QueryParam("location") @Size(max = 100) String location,
                             @Valid @BeanParam PageRequest request) {
        PageRequest.Page<InventoryPage.Sku> page = request.page(inventory.inventory(clientId, blankToNull(sku),
                blankToNull(location), request.after(), request.rowsToRead()), InventoryPage.Sku::of,
                InventoryPage.Sku::sku);
        return new InventoryPage(page.items(), page.next());
    }

    @PUT
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.ERP})
    public StockLevelsWritten put(@PathParam("clientId") String clientId,
                                          @NotNull @Size(min = 1, max = 10_000)
                                          @NoDuplicates(message = "repeats a sku at the same location")
                                          List<@NotNull @Valid StockLevelBody> body) {
        int written = inventory.setStock(clientId, body.stream()
                .map(l -> new StockLevel(l.sku(), l.location(), l.quantity())).toList());
        // Committed: the changes wait for the channels in the database; the nudge only wakes their syncs sooner.
        nudges.stockChanged(clientId);
        // Any new stock may be what an UNFULFILLABLE order waits for: each tries again and keeps what it gets.
        List<String> retried = orders.orderIdsWithStatus(clientId, OrderStatus.UNFULFILLABLE).stream()
                .filter(orderId -> workflows.retryReservation(clientId, orderId))
                .toList();
        return new StockLevelsWritten(written, retried);
    }

    /** An empty filter ({@code ?sku=}) filters nothing. */
    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
