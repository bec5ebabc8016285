package com.vmsflow.gateway.errors;

import io.grpc.Status;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal out of reach, or a workflow that did not answer an update in time, is an outage the caller may retry
 * (503): a repeat of the same request is idempotent. Any other service error is ours (500).
 */
public class TemporalServiceExceptionMapper implements ExceptionMapper<WorkflowServiceException> {

    private static final Logger LOG = LoggerFactory.getLogger(TemporalServiceExceptionMapper.class);

    @Override
    public Response toResponse(WorkflowServiceException e) {
        Status.Code code = Status.fromThrowable(e).getCode();
        if (e instanceof WorkflowUpdateTimeoutOrCancelledException || code == Status.Code.UNAVAILABLE
                || code == Status.Code.DEADLINE_EXCEEDED) {
            LOG.warn("Temporal did not answer: {}", e.getMessage());
            return ErrorBody.response(ErrorCode.UNAVAILABLE, "the workflow service is unavailable; retry later")
                    .header("Retry-After", "5").build();
        }
        return UnexpectedExceptionMapper.internal(e);
    }
}
