package com.vmsflow.gateway.errors;

import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.glassfish.jersey.server.model.Invocable;

/**
 * Bean Validation failures of a request: 422 VALIDATION_FAILED with {@code details} naming each bad field as the
 * client wrote it ({@code lines[0].packed}, {@code [3].channelSku} in a top-level array, {@code limit} for a query
 * parameter). Replaces Dropwizard's mapper, which answers a list of sentences.
 */
public class ViolationExceptionMapper implements ExceptionMapper<JerseyViolationException> {

    @Override
    public Response toResponse(JerseyViolationException e) {
        Map<String, String> details = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            details.merge(field(violation.getPropertyPath(), e.getInvocable()), violation.getMessage(),
                    (a, b) -> a + "; " + b);
        }
        return ErrorBody.response(ErrorCode.VALIDATION_FAILED, "the request has invalid fields", details).build();
    }

    static String field(Path path, Invocable invocable) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> field.append(parameterName(node.as(Path.ParameterNode.class), invocable));
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    // Container elements are named like "<list element>": the index above names them.
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** A query, path or header parameter by the name the client sends; the body by no name at all. */
    private static String parameterName(Path.ParameterNode node, Invocable invocable) {
        Method method = invocable.getDefinitionMethod();
        int index = node.getParameterIndex();
        if (index < method.getParameterCount()) {
            for (Annotation a : method.getParameterAnnotations()[index]) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "";
    }
}
