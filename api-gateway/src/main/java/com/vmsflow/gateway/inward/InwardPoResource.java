package com.vmsflow.gateway.inward;

import com.vmsflow.gateway.auth.Allowed;
import com.vmsflow.inventory.StockArrivals;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.InwardPo;
import com.vmsflow.store.InwardPoRepository;
import com.vmsflow.store.InwardPoRepository.GrnOutcome;
import com.vmsflow.store.InwardPoRepository.PoOutcome;
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

/**
 * Inward POs (the internal channel): the seller or the ERP announces a receipt, the warehouse's GRNs bring the stock
 * in. Plain transactions, no workflow: each document is one transaction with nothing to wait for, and what follows it
 * (the channels' nudge, UNFULFILLABLE orders retrying) is what {@code PUT /inventory} does ({@link StockArrivals}).
 */
@Path("/v1/clients/{clientId}/inward-pos")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record InwardPoResource(InwardPoRepository pos, StockArrivals arrivals) {

    /** 201 with the PO; the same PO again answers as the first, another under its number is 409. */
    @POST
    @Allowed({Role.SELLER, Role.ERP})
    public Response create(@PathParam("clientId") String clientId, @NotNull @Valid InwardPoBody body) {
        PoOutcome outcome = pos.create(clientId, body.poNumber(), body.location(), body.lines().stream()
                .map(l -> new InwardPoRepository.Wanted(l.sku(), l.quantity())).toList());
        if (outcome instanceof PoOutcome.Conflict) {
            throw new ApiException(ErrorCode.CONFLICT, "inward PO " + body.poNumber()
                    + " already exists with another location or other lines");
        }
        return Response.status(Response.Status.CREATED)
                .location(UriBuilder.fromResource(InwardPoResource.class).path("{poNumber}")
                        .build(clientId, body.poNumber()))
                .entity(InwardPoView.of(((PoOutcome.Created) outcome).po()))
                .build();
    }

    @GET
    @Path("/{poNumber}")
    @Allowed({Role.SELLER, Role.WAREHOUSE, Role.ERP, Role.SUPPORT})
    public InwardPoView get(@PathParam("clientId") String clientId, @PathParam("poNumber") String poNumber) {
        InwardPo po = pos.find(clientId, poNumber);
        if (po == null) {
            throw ApiException.notFound("no inward PO " + poNumber);
        }
        return InwardPoView.of(po);
    }

    /**
     * Stock goes up in each line's pool at the PO's location, all or nothing: a SKU not on the PO, or more of one than
     * the PO still expects, is 422. The same GRN again changes nothing; another under its number is 409.
     */
    @POST
    @Path("/{poNumber}/grn")
    @Allowed(Role.WAREHOUSE)
    public GrnReceived receive(@PathParam("clientId") String clientId, @PathParam("poNumber") String poNumber,
                               @NotNull @Valid GrnBody body) {
        GrnOutcome outcome = pos.receive(clientId, poNumber, body.grnNumber(), body.lines().stream()
                .map(l -> new InwardPoRepository.Received(l.sku(), l.quantity(), l.poolOrGood())).toList());
        if (outcome instanceof GrnOutcome.NoSuchPo) {
            throw ApiException.notFound("no inward PO " + poNumber);
        }
        if (outcome instanceof GrnOutcome.Conflict conflict) {
            throw new ApiException(ErrorCode.CONFLICT, "GRN " + body.grnNumber() + " was already received"
                    + (conflict.poNumber().equals(poNumber) ? " with other lines" : " for PO " + conflict.poNumber()));
        }
        if (outcome instanceof GrnOutcome.Refused refused) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "the GRN does not fit the PO", refused.problems());
        }
        GrnOutcome.Received received = (GrnOutcome.Received) outcome;
        // A resend retries too: the first answer may have been lost before its orders were told.
        boolean good = body.lines().stream().anyMatch(l -> l.poolOrGood() == StockPool.GOOD);
        return new GrnReceived(body.grnNumber(), InwardPoView.of(received.po()), arrivals.stockChanged(clientId, good));
    }
}
