package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/**
 * Where Temporal is. For Temporal Cloud set {@code apiKey} (or the mTLS pair {@code tlsCertPath} and
 * {@code tlsKeyPath}) and the namespace's address, e.g. {@code my-ns.a1b2c.tmprl.cloud:7233}.
 */
public class TemporalSettings {

    @NotEmpty
    @JsonProperty
    public String address = "127.0.0.1:7233";

    @NotEmpty
    @JsonProperty
    public String namespace = "default";

    @NotEmpty
    @JsonProperty
    public String taskQueue = "vmsflow";

    /** Use TLS to reach the server (implied by an API key or a client certificate). */
    @JsonProperty
    public boolean tls;

    @JsonProperty
    public String apiKey;

    @JsonProperty
    public String tlsCertPath;

    @JsonProperty
    public String tlsKeyPath;

    /** Register the custom search attributes at start-up (a test server or a cluster we administer). */
    @JsonProperty
    public boolean registerSearchAttributes = true;
}
