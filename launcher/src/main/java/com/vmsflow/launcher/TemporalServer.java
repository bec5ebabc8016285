package com.vmsflow.launcher;

import io.temporal.testserver.TestServer;

/**
 * The local run's Temporal: the cluster {@code TEMPORAL_ADDRESS} names, or else Temporal's in-process test server
 * bound to a port (7233 by default) so that the worker, the gateway and tools such as Temporal's CLI reach it
 * over the network like a real server.
 */
public final class TemporalServer implements AutoCloseable {

    private final String address;
    private final TestServer.PortBoundTestServer server;

    private TemporalServer(String address, TestServer.PortBoundTestServer server) {
        this.address = address;
        this.server = server;
    }

    public static TemporalServer start(String temporalAddress, int port) {
        if (temporalAddress != null && !temporalAddress.isBlank()) {
            return new TemporalServer(temporalAddress, null);
        }
        // Time skipping locked: a local run holds orders in real time, like a real server.
        return new TemporalServer("127.0.0.1:" + port, TestServer.createPortBoundServer(port, true));
    }

    public String address() {
        return address;
    }

    public boolean inProcess() {
        return server != null;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
