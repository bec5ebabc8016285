package com.vmsflow.sandbox.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns a refusal into its status and {@link ApiError} body, with {@code Retry-After} when throttling. */
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException e) {
        return response(e);
    }

    /** The answer of a refusal, for a filter that refuses a call before its resource method runs. */
    public static Response response(ApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.errorCode(), e.getMessage()));
        if (e.status() == 429) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }
}
