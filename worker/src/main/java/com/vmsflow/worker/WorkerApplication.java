package com.vmsflow.worker;

import com.vmsflow.config.VmsFlowApplication;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.metrics.Metrics;
import com.vmsflow.store.Database;
import com.vmsflow.temporal.TemporalConnection;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.lifecycle.Managed;
import java.util.List;

/**
 * The worker process: {@code java -cp ... com.vmsflow.worker.WorkerApplication server config/production.yml}.
 * It serves no API, only its admin port ({@code worker.adminPort}: health checks, Dropwizard's metrics, and
 * Prometheus's at {@value Metrics#PATH} with the Temporal worker's polls, tasks and activities) beside the Temporal
 * worker.
 */
public class WorkerApplication extends VmsFlowApplication {

    public WorkerApplication() {
        super("vmsflow-worker");
    }

    public static void main(String[] args) throws Exception {
        new WorkerApplication().run(args);
    }

    @Override
    public void run(VmsFlowConfiguration config, Environment environment) {
        config.setServerFactory(adminOnly(config.worker.adminPort));
        ManagedDataSource dataSource = config.database.build(environment.metrics(), "postgresql");
        environment.lifecycle().manage(dataSource);
        Database.migrate(dataSource);
        Metrics metrics = Metrics.ownedBy(environment);
        metrics.serve(environment);
        TemporalConnection temporal = TemporalConnection.open(config.temporal, metrics.temporalScope());
        if (config.temporal.registerSearchAttributes) {
            temporal.registerSearchAttributes();
        }
        WorkerRuntime runtime = new WorkerRuntime(config, Database.jdbi(dataSource), temporal.client(),
                metrics.meters());
        environment.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                runtime.start();
            }

            @Override
            public void stop() {
                runtime.close();
                temporal.close();
            }
        });
        environment.healthChecks().register("temporal", new TemporalHealthCheck(temporal));
    }

    /** The worker answers no API: no application connector, the admin connector on its own port. */
    private static DefaultServerFactory adminOnly(int adminPort) {
        DefaultServerFactory server = new DefaultServerFactory();
        server.setApplicationConnectors(List.of());
        HttpConnectorFactory admin = new HttpConnectorFactory();
        admin.setPort(adminPort);
        server.setAdminConnectors(List.of(admin));
        return server;
    }
}
