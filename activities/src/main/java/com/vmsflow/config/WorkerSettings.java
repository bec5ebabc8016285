package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** The worker process. */
public class WorkerSettings {

    /** The worker's admin port: health checks and Prometheus metrics. */
    @JsonProperty
    public int adminPort = 8082;

    @Min(1)
    @JsonProperty
    public int maxConcurrentActivities = 200;

    @Min(1)
    @JsonProperty
    public int maxConcurrentWorkflowTasks = 200;

    @Min(1)
    @JsonProperty
    public int maxConcurrentLocalActivities = 200;

    @Min(1)
    @JsonProperty
    public int workflowCacheSize = 2000;
}
