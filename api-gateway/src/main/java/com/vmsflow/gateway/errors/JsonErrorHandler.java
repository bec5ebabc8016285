package com.vmsflow.gateway.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any resource sees the request (an encoded slash in a path, a header too large,
 * an unparseable request line), in the same error shape as every other answer instead of Jetty's HTML page. The
 * message is Jetty's reason, which names the fault and never the request's content; no stack is shown.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE,
            MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());

    private final ObjectMapper mapper;

    public JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Jetty writes an error page only for GET, POST and HEAD by default: a PUT deserves the error shape too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int status, String reason) {
        ErrorCode code = codeFor(status);
        String message = reason == null || reason.isBlank() ? "the request could not be handled" : reason;
        try {
            return mapper.writeValueAsBytes(new ErrorBody(code, message, Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The API's code for a status Jetty answers with; anything else it answers is a request we could not read. */
    static ErrorCode codeFor(int status) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.status() == status && code != ErrorCode.NOT_AWAITING
                    && code != ErrorCode.CANCELLATION_NOT_ALLOWED) {
                return code;
            }
        }
        return status >= 500 ? ErrorCode.INTERNAL : ErrorCode.MALFORMED_REQUEST;
    }
}
