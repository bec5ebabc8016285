package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.AccessToken;
import com.vmsflow.sandbox.ajio.TokenCredentials;
import com.vmsflow.sandbox.ajio.Tokens;
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

/** {@code POST /ajio/auth/token}. */
@Path("/ajio/auth")
@Simulated(OutsideSystem.AJIO)
@Produces(MediaType.APPLICATION_JSON)
public record AjioAuthResource(Tokens tokens) {

    @POST
    @Path("/token")
    @CallName("token")
    public AccessToken token(@Context ContainerRequestContext request, TokenCredentials credentials) {
        if (credentials != null) {
            CallNote.of(request).businessKey(credentials.sellerId());
        }
        return tokens.issue(credentials);
    }
}
