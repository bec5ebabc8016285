package com.vmsflow.sandbox.ajio.api;

import com.vmsflow.sandbox.ajio.Tokens;
import com.vmsflow.sandbox.api.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Ajio's bearer tokens: a call with an unknown or expired token is answered 401 {@code TOKEN_EXPIRED}. */
public record AjioAuthFilter(Tokens tokens) implements ContainerRequestFilter {

    private static final String SELLER_PROPERTY = AjioAuthFilter.class.getName() + ".seller";
    private static final String BEARER = "Bearer ";

    /** The seller the request's token belongs to; "" before authentication (the token call itself). */
    public static String sellerOf(ContainerRequestContext request) {
        Object seller = request.getProperty(SELLER_PROPERTY);
        return seller == null ? "" : (String) seller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> seller = header != null && header.startsWith(BEARER)
                ? tokens.sellerOf(header.substring(BEARER.length()).trim())
                : Optional.empty();
        if (seller.isPresent()) {
            request.setProperty(SELLER_PROPERTY, seller.get());
        } else {
            request.abortWith(Response.status(401)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("TOKEN_EXPIRED", "the access token is unknown or expired"))
                    .build());
        }
    }
}
