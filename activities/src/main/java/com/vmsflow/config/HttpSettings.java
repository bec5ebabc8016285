package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** An outside system reached over HTTP. */
public class HttpSettings {

    /** Base URL; for the ERP in PUSH mode each client has its own URL, and this is unused. */
    @JsonProperty
    public String baseUrl;

    @NotNull
    @JsonProperty
    public Duration connectTimeout = Duration.seconds(2);

    @NotNull
    @JsonProperty
    public Duration readTimeout = Duration.seconds(10);
}
