package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.rsi.RsiFeed;
import com.vmsflow.sandbox.ajio.rsi.RsiService;
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

/** Ajio's RSI documents feed and their (rate-limited) acceptance. */
@Path("/ajio/v1/rsi-documents")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioRsiResource(RsiService rsi) {

    @GET
    @CallName("listRsiDocuments")
    public RsiFeed list(@Context ContainerRequestContext request, @QueryParam("after") String after,
                        @QueryParam("limit") String limit) {
        return RsiFeed.of(rsi.documents(AjioAuthFilter.sellerOf(request), after,
                AjioOrderFeedsResource.feedLimit(limit)));
    }

    @POST
    @Path("/{documentId}/acceptance")
    @CallName(value = "acceptRsiDocument", keyParam = "documentId")
    public Response accept(@Context ContainerRequestContext request, @PathParam("documentId") String documentId) {
        return CallNote.respond(request, 200, rsi.accept(AjioAuthFilter.sellerOf(request), documentId));
    }
}
