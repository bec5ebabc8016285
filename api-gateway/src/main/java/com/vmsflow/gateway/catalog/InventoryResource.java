package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.paging.ListFilters;
import com.vmsflow.gateway.paging.PageRequest;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.inventory.StockArrivals;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.Role;
import com.vmsflow.store.StockLevel;
import com.vmsflow.store.StockMove;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * The client's stock: read per SKU and location with what each channel was last shown; written as absolute levels by
 * the seller, the warehouse or the ERP, after which UNFULFILLABLE orders try their reservation again and the
 * channels' inventory syncs are nudged.
 */
@Path("/v1/clients/{clientId}/inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record InventoryResource(InventoryRepository inventory, StockArrivals arrivals) {

    @GET
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.SUPPORT})
    public InventoryPage get(@PathParam("clientId") String clientId,
                             @QueryParam("sku") @Size(max = 100) String sku,
                             @QueryParam("location") @Size(max = 100) String location,
                             @Valid @BeanParam PageRequest request) {
        PageRequest.Page<InventoryPage.Sku> page = request.page(inventory.inventory(clientId,
                ListFilters.given(sku), ListFilters.given(location), request.after(), request.rowsToRead()),
                InventoryPage.Sku::of, InventoryPage.Sku::sku);
        return new InventoryPage(page.items(), page.next());
    }

    @PUT
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.ERP})
    public StockLevelsWritten put(@PathParam("clientId") String clientId,
                                          @NotNull @Size(min = 1, max = 10_000)
                                          @NoDuplicates(message = "repeats a sku at the same location")
                                          List<@NotNull @Valid StockLevelBody> body) {
        int written = inventory.setStock(clientId, body.stream()
                .map(l -> new StockLevel(l.sku(), l.location(), l.quantity(), l.poolOrGood())).toList());
        return new StockLevelsWritten(written, arrivals.stockChanged(clientId,
                body.stream().anyMatch(l -> l.poolOrGood() == StockPool.GOOD)));
    }

    /**
     * Moves units between two pools of a SKU at a location: never more than the source pool has free of
     * reservations (422, nothing changed); the same move again answers as the first, another under its id is 409.
     */
    @POST
    @Path("/moves")
    @Allowed(Role.WAREHOUSE)
    public StockMoved move(@PathParam("clientId") String clientId, @NotNull @Valid StockMoveBody body) {
        if (body.from() == body.to()) {
            throw ApiException.validationFailed(Map.of("to", "must be another pool than from"));
        }
        StockMove move = new StockMove(body.moveId(), body.sku(), body.location(), body.from(), body.to(),
                body.quantity());
        InventoryRepository.MoveOutcome outcome = inventory.move(clientId, move);
        if (outcome instanceof InventoryRepository.MoveOutcome.Conflict conflict) {
            StockMove first = conflict.existing();
            throw new ApiException(ErrorCode.CONFLICT, "move " + move.moveId() + " was already made with other figures: "
                    + first.quantity() + " x " + first.sku() + " at " + first.location() + " from " + first.from()
                    + " to " + first.to());
        }
        if (outcome instanceof InventoryRepository.MoveOutcome.Short s) {
            throw ApiException.validationFailed(Map.of("quantity", "more than the " + s.available()
                    + " available (on hand less reserved) in " + move.from()));
        }
        return StockMoved.of(((InventoryRepository.MoveOutcome.Moved) outcome).move(),
                arrivals.stockChanged(clientId, move.to() == StockPool.GOOD));
    }
}
