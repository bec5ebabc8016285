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

    /** A CHANNEL key's channel. */
    @JsonProperty
    public String channelId;

    /** A STORE key's location. */
    @JsonProperty
    public String locationId;

    /** The channel or location the key serves, null for a role that serves the whole client. */
    public String scope() {
        return channelId != null ? channelId : locationId;
    }
}
