package com.vmsflow.gateway.health;

import com.codahale.metrics.health.HealthCheck;
import io.grpc.health.v1.HealthCheckResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;

/** Temporal's frontend answers its gRPC health check: the gateway can start, query and update workflows. */
public class TemporalHealthCheck extends HealthCheck {

    private final WorkflowServiceStubs stubs;

    public TemporalHealthCheck(WorkflowServiceStubs stubs) {
        this.stubs = stubs;
    }

    @Override
    protected Result check() {
        HealthCheckResponse.ServingStatus status = stubs.healthCheck().getStatus();
        return status == HealthCheckResponse.ServingStatus.SERVING ? Result.healthy()
                : Result.unhealthy("Temporal answers " + status);
    }
}
