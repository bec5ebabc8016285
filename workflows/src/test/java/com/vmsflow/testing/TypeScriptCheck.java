package com.vmsflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code clients/typescript-check}, the npm package through which tests drive Temporal's TypeScript SDK as an
 * integrator would: found in this checkout, its packages installed from the lock file once. Shared by the workflows
 * module's test (the in-process test server) and the launcher's (the real server) through the workflows test-jar.
 */
public final class TypeScriptCheck {

    private TypeScriptCheck() {
    }

    /** clients/typescript-check of this checkout, found from the module's folder upwards. */
    public static Path folder() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path check = dir.resolve("clients/typescript-check");
            if (Files.exists(check.resolve("package.json"))) {
                return check;
            }
            tried.add(check);
        }
        throw new IllegalStateException("no clients/typescript-check found; tried " + tried);
    }

    /** Whether the command runs and exits 0 in {@code dir} (e.g. {@code node --version}). */
    public static boolean runs(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code npm ci} when node_modules is missing or older than the lock file; kept for the next run. */
    public static void installOnce(Path check) throws IOException, InterruptedException {
        Path installed = check.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(check.resolve("package-lock.json"))) >= 0) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(check.toFile()).redirectErrorStream(true).start();
        String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci ends").isTrue();
        assertThat(npm.exitValue()).as("npm ci in " + check + ":\n" + log).isZero();
    }
}
