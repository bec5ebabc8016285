package com.vmsflow.gateway.errors;

import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import io.temporal.client.WorkflowUpdateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workflow refused an update: its validator (or handler) threw one of the {@link UpdateErrors} refusals, which
 * becomes the API's error code of the same name (the failure's type, never its message text) with the workflow's own
 * message and details. Any other failure is a bug in the workflow: 500. Every refusal is counted here ({@code vmsflow_gateway_updates_refused_total}) and logged;
 * the request's log context carries the order's workflow id.
 */
public class UpdateFailureMapper implements ExceptionMapper<WorkflowUpdateException> {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateFailureMapper.class);

    private static final Map<String, ErrorCode> CODES = Map.of(
            UpdateErrors.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED,
            UpdateErrors.NOT_AWAITING, ErrorCode.NOT_AWAITING,
            UpdateErrors.CONFLICT, ErrorCode.CONFLICT,
            UpdateErrors.CANCELLATION_NOT_ALLOWED, ErrorCode.CANCELLATION_NOT_ALLOWED);

    private final GatewayMetrics metrics;

    public UpdateFailureMapper(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response toResponse(WorkflowUpdateException e) {
        Optional<UpdateErrors.Refusal> refusal = UpdateErrors.Refusal.of(e);
        ErrorCode code = refusal.map(r -> CODES.get(r.code())).orElse(null);
        metrics.updateRefused(e.GetUpdateName(), code == null ? ErrorCode.INTERNAL.name() : code.name());
        if (code == null) {
            return UnexpectedExceptionMapper.internal(e);
        }
        // The workflow's own words, about the order's lines and state: no personal data, no keys.
        LOG.info("update {} refused: {} {}", e.GetUpdateName(), code, refusal.get().message());
        return ErrorBody.response(code, refusal.get().message(), refusal.get().details()).build();
    }
}
