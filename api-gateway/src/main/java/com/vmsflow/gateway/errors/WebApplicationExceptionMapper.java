package com.vmsflow.gateway.errors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;

/** What Jersey itself refuses (unknown path, wrong method or media type, unreadable parameter), in the error shape. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException.PathParamException) {
            return ErrorBody.response(ErrorCode.NOT_FOUND, "no such resource").build();
        }
        if (e instanceof ParamException p) {
            // JAX-RS answers 404 for an unreadable query parameter; the path was found, the value is wrong.
            return ErrorBody.response(ErrorCode.MALFORMED_REQUEST,
                    "parameter " + p.getParameterName() + " is not valid", Map.of(p.getParameterName(), "is not valid"))
                    .build();
        }
        if (e instanceof NotFoundException) {
            return ErrorBody.response(ErrorCode.NOT_FOUND, "no such resource").build();
        }
        if (e instanceof NotAllowedException) {
            return ErrorBody.response(ErrorCode.METHOD_NOT_ALLOWED, "method not allowed on this resource")
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        if (e instanceof NotSupportedException) {
            return ErrorBody.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json").build();
        }
        if (e instanceof NotAcceptableException) {
            return ErrorBody.response(ErrorCode.NOT_ACCEPTABLE, "this resource answers application/json").build();
        }
        int status = e.getResponse().getStatus();
        if (status == ErrorCode.PAYLOAD_TOO_LARGE.status()) {
            // The rest of the body stays unread, so the server drops the connection: say so, or a client may reuse it.
            return ErrorBody.response(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is too large")
                    .header("Connection", "close").build();
        }
        if (status >= 400 && status < 500) {
            return ErrorBody.response(ErrorCode.MALFORMED_REQUEST, "the request cannot be read").build();
        }
        return UnexpectedExceptionMapper.internal(e);
    }
}
