package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.returns.CreditNoteUpload;
import com.vmsflow.sandbox.ajio.returns.QcUpdate;
import com.vmsflow.sandbox.ajio.returns.ReturnFeed;
import com.vmsflow.sandbox.ajio.returns.ReturnService;
import com.vmsflow.sandbox.ajio.returns.RtoRequest;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Ajio's return calls: the returns feed, RTO generation, QC updates and credit notes. */
@Path("/ajio/v1")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioReturnsResource(ReturnService returns) {

    @GET
    @Path("/returns")
    @CallName("listReturns")
    public ReturnFeed list(@Context ContainerRequestContext request, @QueryParam("after") String after,
                           @QueryParam("limit") String limit) {
        return ReturnFeed.of(returns.returns(AjioAuthFilter.sellerOf(request), after,
                AjioOrderFeedsResource.feedLimit(limit)));
    }

    @POST
    @Path("/rto-requests")
    @CallName("requestRto")
    public Response requestRto(@Context ContainerRequestContext request, RtoRequest rto) {
        if (rto != null) {
            CallNote.of(request).businessKey(rto.orderId());
        }
        return CallNote.respond(request, 202, returns.requestRto(AjioAuthFilter.sellerOf(request), rto));
    }

    @POST
    @Path("/returns/{returnId}/qc")
    @CallName(value = "updateQc", keyParam = "returnId")
    public Response updateQc(@Context ContainerRequestContext request, @PathParam("returnId") String returnId,
                             QcUpdate update) {
        return CallNote.respond(request, 200, returns.updateQc(AjioAuthFilter.sellerOf(request), returnId, update));
    }

    @POST
    @Path("/returns/{returnId}/credit-note")
    @CallName(value = "uploadCreditNote", keyParam = "returnId")
    public Response uploadCreditNote(@Context ContainerRequestContext request,
                                     @PathParam("returnId") String returnId, CreditNoteUpload upload) {
        return CallNote.respond(request, 201,
                returns.uploadCreditNote(AjioAuthFilter.sellerOf(request), returnId, upload));
    }
}
