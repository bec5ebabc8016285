package com.vmsflow.gateway.errors;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or JSON of the wrong shape (a string where a number belongs): 400 MALFORMED_REQUEST, naming
 * the field. Replaces Dropwizard's mapper, whose answer is not the API's error shape. A failure to write JSON is ours:
 * 500.
 */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException || e instanceof JsonGenerationException) {
            return UnexpectedExceptionMapper.internal(e);
        }
        JsonParseException notJson = parseFailure(e);
        if (notJson != null) {
            return ErrorBody.response(ErrorCode.MALFORMED_REQUEST, "the body is not valid JSON",
                    Map.of("body", notJson.getOriginalMessage() + where(notJson.getLocation()))).build();
        }
        String field = e instanceof JsonMappingException m ? path(m) : "";
        String problem = e instanceof MismatchedInputException m ? expected(m.getTargetType()) : "is not valid";
        if (field.isEmpty()) {
            return ErrorBody.response(ErrorCode.MALFORMED_REQUEST, "the body " + problem,
                    Map.of("body", problem)).build();
        }
        return ErrorBody.response(ErrorCode.MALFORMED_REQUEST, field + " " + problem, Map.of(field, problem)).build();
    }

    /** The syntax error, also when Jackson reports it wrapped in the field it was reading. */
    private static JsonParseException parseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** The field path as the validation errors write it, e.g. {@code lines[0].packed}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (type == Instant.class) {
            return "must be an instant (ISO-8601, e.g. 2026-11-23T08:00:00Z)";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
