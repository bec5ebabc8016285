package com.vmsflow.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The one shape of every error answer: {@code {"code": "...", "message": "...", "details": {...}}}.
 *
 * @param details the bad fields (or orders) and what is wrong with each; empty when there is nothing to name
 */
public record ErrorBody(ErrorCode code, String message, Map<String, String> details) {

    public ErrorBody {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Response.ResponseBuilder response(ErrorCode code, String message) {
        return response(code, message, Map.of());
    }

    public static Response.ResponseBuilder response(ErrorCode code, String message, Map<String, String> details) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, message, details));
    }
}
