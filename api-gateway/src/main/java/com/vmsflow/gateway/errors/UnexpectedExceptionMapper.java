package com.vmsflow.gateway.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything no other mapper knows: a bug or an outage. The caller gets a reference to quote; the stack trace stays in
 * the log under that reference.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        return internal(e);
    }

    static Response internal(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("internal error, reference {}", reference, e);
        return ErrorBody.response(ErrorCode.INTERNAL, "internal error, reference " + reference).build();
    }
}
