package com.vmsflow.gateway.temporal;

import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.gateway.metrics.GatewayMetrics;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.workflow.Functions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the gateway runs a workflow update and reads its answer. The update id is made from the request
 * ({@link UpdateIds}), so a repeat answers the first outcome and runs nothing again. A workflow's refusal (one of the
 * {@link UpdateErrors}: the failure's type is the code, its one detail the bad fields) becomes the API's error of the
 * same code with the workflow's own message and details, never by its message text; any other failure of an update is
 * a bug in the workflow and goes on to the 500 mapper. Accepted and refused updates are counted
 * ({@code vmsflow_gateway_updates_*_total}); refusals are logged, under the request's workflow id.
 */
public record Updates(GatewayMetrics metrics) {

    private static final Logger LOG = LoggerFactory.getLogger(Updates.class);

    /**
     * How long a call waits for an accepted update to finish. A handler may wait on Ajio or the RMS; past this the
     * caller gets the state as it stands, and a repeat of the request answers the outcome once there is one.
     */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final Map<String, ErrorCode> CODES = Map.of(
            UpdateErrors.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED,
            UpdateErrors.NOT_AWAITING, ErrorCode.NOT_AWAITING,
            UpdateErrors.CONFLICT, ErrorCode.CONFLICT,
            UpdateErrors.CANCELLATION_NOT_ALLOWED, ErrorCode.CANCELLATION_NOT_ALLOWED);

    /** A workflow refused an update: the API's error answer, with the workflow's words. */
    public static final class Refused extends ApiException {

        Refused(ErrorCode code, String message, Map<String, String> details) {
            super(code, message, details);
        }
    }

    /**
     * Runs update {@code name} of {@code workflow} ({@code method} picks the stub's method) and answers its result, or
     * empty when it was accepted and is still under way after {@link #WAIT}.
     *
     * @throws Refused when the workflow refused it
     */
    public <W, A, R> Optional<R> run(W workflow, String name, String updateId,
                                     Function<W, Functions.Func1<A, R>> method, A argument) {
        UpdateOptions<R> options = UpdateOptions.<R>newBuilder()
                .setUpdateId(updateId)
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build();
        Optional<R> result;
        try {
            WorkflowUpdateHandle<R> handle = WorkflowClient.startUpdate(method.apply(workflow), argument, options);
            try {
                result = Optional.of(handle.getResult(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
                result = Optional.empty();
            }
        } catch (WorkflowUpdateException e) {
            throw refused(name, e);
        }
        // Only now: a validator's refusal comes back as a finished update, and getResult throws it.
        metrics.updateAccepted(name);
        return result;
    }

    private RuntimeException refused(String name, WorkflowUpdateException e) {
        Optional<UpdateErrors.Refusal> refusal = UpdateErrors.Refusal.of(e);
        ErrorCode code = refusal.map(r -> CODES.get(r.code())).orElse(null);
        if (code == null) {
            metrics.updateRefused(name, ErrorCode.INTERNAL.name());
            return e;
        }
        metrics.updateRefused(name, code.name());
        // The workflow's own words, about the order's lines and state: no personal data, no keys.
        LOG.info("update {} refused: {} {}", name, code, refusal.get().message());
        return new Refused(code, refusal.get().message(), refusal.get().details());
    }
}
