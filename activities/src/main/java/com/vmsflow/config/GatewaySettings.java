package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** The api-gateway's own limits. */
public class GatewaySettings {

    /** Larger request bodies are refused with 413. */
    @NotNull
    @JsonProperty
    public DataSize maxRequestBody = DataSize.megabytes(2);

    /** How long {@code POST /handovers} waits for Ajio's manifests before answering 202. */
    @NotNull
    @JsonProperty
    public Duration handoverWait = Duration.seconds(20);

    /** Requests a second per API key before 429. */
    @JsonProperty
    public int requestsPerSecondPerKey = 100;
}
