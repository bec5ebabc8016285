package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vmsflow sandbox config/sandbox-docker.yml}, as the compose cluster runs it, in a process of its own: it keeps
 * serving after Dropwizard's start returns (the command's exit would stop it), with the file's ERP.
 */
class SandboxCommandTest {

    @Test
    void theSandboxCommandKeepsServingWithTheDockerConfiguration(@TempDir Path dir) throws Exception {
        int port = LocalStack.freePort();
        // The compose file as it is, on a free port instead of 8090.
        Path config = Files.writeString(dir.resolve("sandbox.yml"), Files.readString(Path.of("..", "config",
                "sandbox-docker.yml")) + """
                server:
                  type: simple
                  applicationContextPath: /
                  adminContextPath: /admin
                  connector:
                    type: http
                    port: %d
                """.formatted(port));
        Process sandbox = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VmsFlowCommand.class.getName(), "sandbox",
                config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sandbox.log").toFile())
                .start();
        try {
            String base = "http://127.0.0.1:" + port;
            assertThat(awaitOk(base + "/admin/healthcheck", sandbox)).as(log(dir)).isTrue();
            Thread.sleep(1_000);

            assertThat(sandbox.isAlive()).as("still serving: " + log(dir)).isTrue();
            assertThat(get(base + "/sandbox/erp/demo-erp")).as("the file's ERP").isEqualTo(200);
        } finally {
            sandbox.destroy();
            sandbox.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static boolean awaitOk(String url, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (get(url) == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static int get(String url) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("sandbox.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
