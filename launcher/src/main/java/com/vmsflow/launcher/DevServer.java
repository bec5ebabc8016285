package com.vmsflow.launcher;

import com.vmsflow.flow.VmsSearchAttributes;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Temporal server for this machine: the Temporal CLI's {@code server start-dev} in a process of its own, on
 * loopback, its state in memory (the local run's database is new each run too), with the namespace and VMS Flow's
 * search attributes registered before it serves, and Temporal Web on its UI port. Closing it stops the process with
 * SIGTERM and waits for it to exit.
 */
public final class DevServer implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final int uiPort;
    private final Path log;

    private DevServer(Process process, int port, int uiPort, Path log) {
        this.process = process;
        this.port = port;
        this.uiPort = uiPort;
        this.log = log;
    }

    /** Starts the server and returns once the namespace answers. */
    public static DevServer start(Path binary, int port, int uiPort, String namespace, Path log) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "server", "start-dev",
                "--ip", "127.0.0.1", "--port", String.valueOf(port), "--ui-port", String.valueOf(uiPort),
                "--http-port", String.valueOf(LocalStack.freePort()),
                "--metrics-port", String.valueOf(LocalStack.freePort()),
                "--log-level", "warn", "--color", "never"));
        if (!"default".equals(namespace)) {
            command.addAll(List.of("--namespace", namespace));
        }
        for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
            command.addAll(List.of("--search-attribute", key.getName() + "=" + typeName(key.getValueType())));
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile()) // each server's own log
                    .start();
            DevServer server = new DevServer(process, port, uiPort, log);
            // A JVM that ends without closing the stack (a test run cut short) must not leave the server behind.
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "temporal-dev-server-stop"));
            server.awaitReady(namespace);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    private void awaitReady(String namespace) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(address()).build());
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Temporal dev server exited with " + process.exitValue()
                            + " (" + log + ")");
                }
                try {
                    stubs.blockingStub().withDeadlineAfter(2, TimeUnit.SECONDS)
                            .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build());
                    return;
                } catch (StatusRuntimeException notYet) {
                    if (System.nanoTime() > deadline) {
                        stop();
                        throw new IllegalStateException("the Temporal dev server did not serve namespace " + namespace
                                + " within " + READY_WITHIN.toSeconds() + " s: " + notYet.getMessage() + " (" + log
                                + ")");
                    }
                    sleep(200);
                }
            }
        } finally {
            stubs.shutdownNow();
        }
    }

    /** The CLI's name for a search attribute type ({@code --search-attribute ClientId=Keyword}). */
    static String typeName(IndexedValueType type) {
        return switch (type) {
            case INDEXED_VALUE_TYPE_TEXT -> "Text";
            case INDEXED_VALUE_TYPE_KEYWORD -> "Keyword";
            case INDEXED_VALUE_TYPE_INT -> "Int";
            case INDEXED_VALUE_TYPE_DOUBLE -> "Double";
            case INDEXED_VALUE_TYPE_BOOL -> "Bool";
            case INDEXED_VALUE_TYPE_DATETIME -> "Datetime";
            case INDEXED_VALUE_TYPE_KEYWORD_LIST -> "KeywordList";
            default -> throw new IllegalArgumentException("no search attribute type " + type);
        };
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public String webUrl() {
        return "http://127.0.0.1:" + uiPort;
    }

    public Path log() {
        return log;
    }

    /** The server's process on this machine (the bench counts its CPU and memory). */
    public long pid() {
        return process.pid();
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Temporal dev server started", e);
        }
    }
}
