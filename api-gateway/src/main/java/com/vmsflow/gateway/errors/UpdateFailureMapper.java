package com.vmsflow.gateway.errors;

import com.vmsflow.order.UpdateErrors;
import io.temporal.client.WorkflowUpdateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow refused an update: its validator (or handler) threw one of the {@link UpdateErrors} refusals, which
 * becomes the API's error code of the same name with the workflow's own message and details. Any other failure is a
 * bug in the workflow: 500.
 */
public class UpdateFailureMapper implements ExceptionMapper<WorkflowUpdateException> {

    private static final Map<String, ErrorCode> CODES = Map.of(
            UpdateErrors.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED,
            UpdateErrors.NOT_AWAITING, ErrorCode.NOT_AWAITING,
            UpdateErrors.CONFLICT, ErrorCode.CONFLICT,
            UpdateErrors.CANCELLATION_NOT_ALLOWED, ErrorCode.CANCELLATION_NOT_ALLOWED);

    @Override
    public Response toResponse(WorkflowUpdateException e) {
        Optional<UpdateErrors.Refusal> refusal = UpdateErrors.Refusal.of(e);
        ErrorCode code = refusal.map(r -> CODES.get(r.code())).orElse(null);
        if (code == null) {
            return UnexpectedExceptionMapper.internal(e);
        }
        return ErrorBody.response(code, refusal.get().message(), refusal.get().details()).build();
    }
}
