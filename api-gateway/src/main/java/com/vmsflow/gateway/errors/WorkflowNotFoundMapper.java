package com.vmsflow.gateway.errors;

import io.temporal.client.WorkflowNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A workflow that does not exist (never started, or past retention) is a resource that does not exist. */
public class WorkflowNotFoundMapper implements ExceptionMapper<WorkflowNotFoundException> {

    @Override
    public Response toResponse(WorkflowNotFoundException e) {
        return ErrorBody.response(ErrorCode.NOT_FOUND, "no such resource").build();
    }
}
