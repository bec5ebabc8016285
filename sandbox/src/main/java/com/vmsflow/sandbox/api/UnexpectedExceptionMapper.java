package com.vmsflow.sandbox.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bug in the sandbox: logged with its stack trace, answered 500 without one. */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        LOG.error("unexpected failure in the sandbox", e);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("INTERNAL_ERROR", "the sandbox failed: " + e.getClass().getSimpleName()))
                .build();
    }
}
