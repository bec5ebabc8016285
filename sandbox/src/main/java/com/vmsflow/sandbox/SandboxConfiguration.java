package com.vmsflow.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.sandbox.config.AjioSettings;
import com.vmsflow.sandbox.config.ErpSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The sandbox's configuration: every field has a default, so {@code new SandboxConfiguration()} (or an empty
 * YAML file) is a working sandbox on port 8090. The server serves the simulated systems, the control endpoints
 * and Dropwizard's admin pages ({@code /admin}) on one port.
 */
public class SandboxConfiguration extends Configuration {

    public static final int DEFAULT_PORT = 8090;

    @Valid
    @NotNull
    @JsonProperty
    public AjioSettings ajio = new AjioSettings();

    @Valid
    @NotNull
    @JsonProperty
    public ErpSettings erp = new ErpSettings();

    /** Seed of the dice that pick the calls hit by a fault; none: a new seed each start. */
    @JsonProperty
    public Long faultSeed;

    /** How long a "lost" answer is held back: longer than the callers' read timeouts. */
    @NotNull
    @JsonProperty
    public Duration lostResponseDelay = Duration.seconds(15);

    /**
     * HS256 secret (at least 32 bytes) that signs the QR codes of e-invoices; none: RS256 with a key made at start.
     */
    @Size(min = 32)
    @JsonProperty
    public String qrSigningSecret;

    /** How long an idempotency key's answer is replayed (the contract: 24 hours). */
    @NotNull
    @JsonProperty
    public Duration idempotencyTtl = Duration.hours(24);

    /** Calls kept in the calls record's list; counts cover every call regardless. */
    @Min(1)
    @JsonProperty
    public int maxRecordedCalls = 200_000;

    public SandboxConfiguration() {
        setServerFactory(onePort(DEFAULT_PORT));
    }

    /** A configuration for a sandbox started in code; port 0 picks a free port. */
    public static SandboxConfiguration defaults(int port) {
        SandboxConfiguration configuration = new SandboxConfiguration();
        configuration.setServerFactory(onePort(port));
        return configuration;
    }

    /**
     * One connector for the application and the admin pages, no access log (the calls record says more), and a
     * short shutdown: answers being written get to finish, a "lost" answer on hold does not, and callers' idle
     * keep-alive connections are not waited for.
     */
    private static SimpleServerFactory onePort(int port) {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setPort(port);
        LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
        requestLog.setAppenders(List.of());
        SimpleServerFactory server = new SimpleServerFactory();
        server.setConnector(connector);
        server.setApplicationContextPath("/");
        server.setAdminContextPath("/admin");
        server.setRequestLogFactory(requestLog);
        server.setShutdownGracePeriod(Duration.milliseconds(250));
        return server;
    }
}
