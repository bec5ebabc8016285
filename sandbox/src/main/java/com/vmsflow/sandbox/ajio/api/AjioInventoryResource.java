package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.inventory.InventoryItems;
import com.vmsflow.sandbox.ajio.inventory.InventoryPage;
import com.vmsflow.sandbox.ajio.inventory.InventoryService;
import com.vmsflow.sandbox.ajio.inventory.PushReceipt;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Params;
import com.vmsflow.sandbox.api.Simulated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Ajio's inventory calls: what the seller offers per channel SKU, pushed in batches and listed by SKU. */
@Path("/ajio/v1/inventory")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioInventoryResource(InventoryService inventory) {

    @POST
    @CallName("pushInventory")
    public PushReceipt push(@Context ContainerRequestContext request, InventoryItems items) {
        return inventory.push(AjioAuthFilter.sellerOf(request), items);
    }

    @GET
    @CallName("listInventory")
    public InventoryPage list(@Context ContainerRequestContext request, @QueryParam("after") String after,
                              @QueryParam("limit") String limit) {
        return inventory.page(AjioAuthFilter.sellerOf(request), after,
                Params.integer("limit", limit, InventoryService.MAX_PAGE_SIZE));
    }
}
