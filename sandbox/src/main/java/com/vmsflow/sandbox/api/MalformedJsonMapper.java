package com.vmsflow.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that is not JSON or has wrong types: 400, never a 500 or a stack trace. */
public class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("MALFORMED_REQUEST",
                        "the body is not the expected JSON: " + e.getOriginalMessage()))
                .build();
    }
}
