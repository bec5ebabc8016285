package com.vmsflow.gateway.temporal;

import com.uber.m3.tally.Scope;
import com.vmsflow.config.TemporalSettings;
import com.vmsflow.temporal.TemporalConnection;
import io.dropwizard.lifecycle.Managed;
import io.temporal.client.WorkflowClient;

/**
 * Owns the gateway's connection to Temporal. The stubs connect lazily, so creating the client touches no network:
 * {@link #start()} registers the search attributes when the settings ask for it, {@link #stop()} closes the
 * connection after Jetty has stopped taking requests.
 */
public class ManagedTemporal implements Managed {

    private final TemporalSettings settings;
    private final TemporalConnection connection;

    /** {@code metrics}: where the client's request metrics go ({@code Metrics.temporalScope()}). */
    public ManagedTemporal(TemporalSettings settings, Scope metrics) {
        this.settings = settings;
        this.connection = TemporalConnection.open(settings, metrics);
    }

    public WorkflowClient client() {
        return connection.client();
    }

    @Override
    public void start() {
        if (settings.registerSearchAttributes) {
            connection.registerSearchAttributes();
        }
    }

    @Override
    public void stop() {
        connection.close();
    }
}
