package com.vmsflow.worker;

import com.codahale.metrics.health.HealthCheck;
import com.vmsflow.temporal.TemporalConnection;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;

/** Healthy when the Temporal frontend answers. */
public class TemporalHealthCheck extends HealthCheck {

    private final TemporalConnection temporal;

    public TemporalHealthCheck(TemporalConnection temporal) {
        this.temporal = temporal;
    }

    @Override
    protected Result check() {
        temporal.stubs().blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
        return Result.healthy("Temporal answers at namespace " + temporal.namespace());
    }
}
