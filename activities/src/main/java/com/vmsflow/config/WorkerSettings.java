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

    /**
     * How long a workflow task waits on this worker's sticky queue before any worker may take it (Temporal's default,
     * 5 s). Zero turns sticky execution off: every task goes to the shared queue and replays the history. Only for
     * Temporal's in-process test server, which never times a sticky queue out, so a killed worker's workflows would
     * wait for it forever (the crash test runs so).
     */
    @JsonProperty
    public io.dropwizard.util.Duration stickyScheduleToStartTimeout = io.dropwizard.util.Duration.seconds(5);
}
