package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.order.ManifestRequest;
import com.vmsflow.sandbox.ajio.order.ManifestService;
import com.vmsflow.sandbox.api.CallName;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.api.Simulated;
import com.vmsflow.sandbox.calls.CallNote;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /ajio/v1/manifests}. */
@Path("/ajio/v1/manifests")
@Simulated(OutsideSystem.AJIO)
@AjioAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public record AjioManifestsResource(ManifestService manifests) {

    @POST
    @CallName("createManifest")
    public Response create(@Context ContainerRequestContext request, ManifestRequest manifest) {
        CallNote.of(request).businessKey(ManifestService.businessKey(manifest));
        return CallNote.respond(request, 201, manifests.create(AjioAuthFilter.sellerOf(request), manifest));
    }
}
