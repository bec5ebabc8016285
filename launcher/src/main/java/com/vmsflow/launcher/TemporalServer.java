package com.vmsflow.launcher;

import io.temporal.testserver.TestServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The local run's Temporal and the end-to-end tests': the cluster {@code TEMPORAL_ADDRESS} names; or else the real
 * Temporal server of the Temporal CLI's development server ({@link DevServer}, Temporal Web included) where it can
 * be built; or else Temporal's in-process test server bound to the port. Both local servers listen on the network,
 * so the worker, the gateway and Temporal's CLI reach them as they would a cluster.
 */
public final class TemporalServer implements AutoCloseable {

    /** Which Temporal to run when no cluster is named ({@code --temporal}, {@code -Dvmsflow.temporal}). */
    public enum Choice {
        /** The dev server where it is built or Go can build it, else the test server (said in one line). */
        AUTO,
        /** The dev server, or fail. */
        DEV_SERVER,
        /** The in-process test server: no visibility, no Temporal Web. */
        TEST_SERVER;

        public static Choice parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Temporal is auto, dev-server or test-server, not " + value, e);
            }
        }

        public String flag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What ran: for the summary and the start-up lines. */
    public enum Kind {
        CLUSTER("the Temporal cluster TEMPORAL_ADDRESS names"),
        DEV_SERVER("Temporal Server of the Temporal CLI " + TemporalCli.VERSION + " (temporal server start-dev)"),
        TEST_SERVER("Temporal's in-process test server (no visibility, no Temporal Web)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String address;
    private final Kind kind;
    private final TestServer.PortBoundTestServer testServer;
    private final DevServer devServer;

    private TemporalServer(String address, Kind kind, TestServer.PortBoundTestServer testServer,
                           DevServer devServer) {
        this.address = address;
        this.kind = kind;
        this.testServer = testServer;
        this.devServer = devServer;
    }

    /**
     * The cluster {@code temporalAddress} names, or a local server on {@code port} as chosen (the dev server's
     * Temporal Web on {@code uiPort}, its log in {@code log}); {@code notes} hears why the dev server is not used
     * when {@code AUTO} falls back.
     */
    public static TemporalServer start(String temporalAddress, Choice choice, int port, int uiPort, String namespace,
                                       Path log, PrintStream notes) {
        if (temporalAddress != null && !temporalAddress.isBlank()) {
            return new TemporalServer(temporalAddress, Kind.CLUSTER, null, null);
        }
        if (choice != Choice.TEST_SERVER) {
            TemporalCli.Availability cli = TemporalCli.ensure(notes);
            if (cli.available()) {
                DevServer dev = DevServer.start(cli.binary(), port, uiPort, namespace, log);
                return new TemporalServer(dev.address(), Kind.DEV_SERVER, null, dev);
            }
            if (choice == Choice.DEV_SERVER) {
                throw new IllegalStateException("no Temporal dev server: " + cli.whyNot());
            }
            notes.println("Temporal: the in-process test server, because " + cli.whyNot() + ".");
        }
        // Time skipping locked: a local run holds orders in real time, like a real server.
        return new TemporalServer("127.0.0.1:" + port, Kind.TEST_SERVER, TestServer.createPortBoundServer(port, true),
                null);
    }

    public String address() {
        return address;
    }

    public Kind kind() {
        return kind;
    }

    public boolean inProcess() {
        return testServer != null;
    }

    /** The server's own process on this machine: the dev server's; none for the test server or a cluster. */
    public java.util.OptionalLong processId() {
        return devServer == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(devServer.pid());
    }

    /** The dev server's log file, where this server has one. */
    public Optional<Path> log() {
        return devServer == null ? Optional.empty() : Optional.of(devServer.log());
    }

    /** Temporal Web, where this server has it. */
    public Optional<String> webUrl() {
        return devServer == null ? Optional.empty() : Optional.of(devServer.webUrl());
    }

    @Override
    public void close() {
        if (testServer != null) {
            testServer.close();
        }
        if (devServer != null) {
            devServer.close();
        }
    }
}
