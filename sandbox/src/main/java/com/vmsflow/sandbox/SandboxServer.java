package com.vmsflow.sandbox;

import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A sandbox running in this process, for tests, the one-process local run and the benchmark. It does what
 * Dropwizard's {@code server} command does, minus the logging set-up (the host process owns logging) and
 * {@code System.exit}; several can run in one JVM.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfiguration.defaults(0))) {
 *     SandboxClient client = new SandboxClient(sandbox.baseUrl());
 *     ...
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    /**
     * The name prefix of the sandbox's Jetty threads ({@code sandbox-41}, {@code sandbox-41 - GET /ajio/...}) and
     * the name of the thread group of its ERP's HTTP calls, so that a profile or the bench can tell its CPU from the
     * gateway's (whose Jetty threads are Dropwizard's {@code dw-}) in a process that runs both.
     */
    public static final String THREADS = "sandbox";

    private final Server server;
    private final int port;

    private SandboxServer(Server server) {
        this.server = server;
        this.port = ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Starts a sandbox; with port 0 in the configuration it picks a free port, see {@link #port()}. */
    public static SandboxServer start(SandboxConfiguration configuration) {
        SandboxApplication application = new InProcessApplication();
        Bootstrap<SandboxConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        validate(bootstrap, configuration);
        Environment environment = new Environment(application.getName(), bootstrap.getObjectMapper(),
                bootstrap.getValidatorFactory(), bootstrap.getMetricRegistry(), bootstrap.getClassLoader(),
                bootstrap.getHealthCheckRegistry(), configuration);
        Server server = null;
        try {
            bootstrap.run(configuration, environment);
            application.run(configuration, environment);
            server = configuration.getServerFactory().build(environment);
            if (server.getThreadPool() instanceof QueuedThreadPool pool) {
                pool.setName(THREADS); // Dropwizard's "dw", which the gateway's threads have too
            }
            server.start();
            return new SandboxServer(server);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("the sandbox did not start", e);
        }
    }

    public int port() {
        return port;
    }

    /** E.g. {@code http://127.0.0.1:8090}; Ajio's base URL is this plus {@code /ajio}, the RMS's {@code /rms}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            // No grace period: callers' idle keep-alive connections would only make the stop time out.
            server.setStopTimeout(0);
            server.stop();
        } catch (TimeoutException e) {
            // Callers' idle keep-alive connections outlived the shutdown grace period; the server stopped anyway.
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not stop cleanly", e);
        }
    }

    /** The application without Dropwizard's logging bootstrap, which would reset the host process's logging. */
    private static final class InProcessApplication extends SandboxApplication {
        @Override
        protected void bootstrapLogging() {
            // the host process owns logging
        }
    }

    private static void validate(Bootstrap<SandboxConfiguration> bootstrap, SandboxConfiguration configuration) {
        Set<ConstraintViolation<SandboxConfiguration>> violations =
                bootstrap.getValidatorFactory().getValidator().validate(configuration);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the sandbox configuration is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
    }

    private static void stopQuietly(Server server) {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start failure is what the caller needs to see
        }
    }
}
