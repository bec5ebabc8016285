package com.vmsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The worker as its own operating-system process (WorkerApplication with config/local.yml, its addresses from the
 * environment), so a test can kill it with SIGKILL mid-flight and start another.
 */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final int adminPort;

    private WorkerProcess(Process process, int adminPort) {
        this.process = process;
        this.adminPort = adminPort;
    }

    static WorkerProcess start(Map<String, String> environment, Path log) {
        int adminPort = LocalStack.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"),
                "com.vmsflow.worker.WorkerApplication", "server", Path.of("..", "config", "local.yml").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("WORKER_ADMIN_PORT", String.valueOf(adminPort));
        try {
            WorkerProcess worker = new WorkerProcess(builder.start(), adminPort);
            worker.awaitHealthy();
            return worker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the worker process exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + adminPort + "/healthcheck")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the worker process did not become healthy");
    }

    /** SIGKILL: no shutdown hook, no graceful stop, work in flight is simply gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int adminPort() {
        return adminPort;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        kill();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
