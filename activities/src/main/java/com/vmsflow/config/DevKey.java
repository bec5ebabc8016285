package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A development API key, e.g. {@code dev-erp-demo-erp}; {@code clientId} is empty for SUPPORT. */
public class DevKey {

    @NotEmpty
    @JsonProperty
    public String key;

    @NotNull
    @JsonProperty
    public String role;

    @JsonProperty
    public String clientId;
}
