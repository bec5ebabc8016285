package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a VMS Flow deployment, one YAML file per environment ({@code config/local.yml},
 * {@code config/docker.yml}, {@code config/production.yml}) with {@code ${ENV_VAR:-default}} substitution for
 * secrets and addresses. The gateway and the worker read the same file; {@code server} is the gateway's.
 */
public class VmsFlowConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty
    public DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    public TemporalSettings temporal = new TemporalSettings();

    @Valid
    @NotNull
    @JsonProperty
    public AjioSettings ajio = new AjioSettings();

    @Valid
    @NotNull
    @JsonProperty
    public HttpSettings rms = new HttpSettings();

    @Valid
    @NotNull
    @JsonProperty
    public HttpSettings erp = new HttpSettings();

    @Valid
    @NotNull
    @JsonProperty
    public SyncConfig sync = new SyncConfig();

    @Valid
    @NotNull
    @JsonProperty
    public InventorySyncConfig inventorySync = new InventorySyncConfig();

    @Valid
    @NotNull
    @JsonProperty
    public WorkerSettings worker = new WorkerSettings();

    @Valid
    @NotNull
    @JsonProperty
    public GatewaySettings gateway = new GatewaySettings();

    /** The clients served; written to the clients table at start-up (the database is the source of truth). */
    @Valid
    @NotNull
    @JsonProperty
    public List<ClientSettings> clients = new ArrayList<>();

    /** Development keys (local and docker only), stored hashed at start-up like any other key. */
    @Valid
    @NotNull
    @JsonProperty
    public List<DevKey> devKeys = new ArrayList<>();
}
