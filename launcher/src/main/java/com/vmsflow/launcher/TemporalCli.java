package com.vmsflow.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Temporal CLI, whose {@code server start-dev} is the real Temporal server (frontend, history, matching, the
 * worker service and visibility on SQLite) with Temporal Web bundled. It is built from Go's module proxy at a pinned
 * version, once per machine: the binary is cached under {@code ~/.cache/vmsflow} (or {@code $XDG_CACHE_HOME/vmsflow},
 * or {@code $VMSFLOW_CACHE}), beside Go's own module and build caches, so every clone and every {@code mvn clean}
 * reuses it. {@code VMSFLOW_TEMPORAL_CLI} names a {@code temporal} binary to use instead.
 *
 * <p>v1.5.1 (Temporal Server 1.29.1, Temporal Web 2.42.1) is the version pinned: see {@code docs/temporal.md} for
 * the versions tried.
 */
public final class TemporalCli {

    public static final String MODULE = "github.com/temporalio/cli/cmd/temporal";
    public static final String VERSION = "v1.5.1";

    /** The binary, or why there is none on this machine (one line, for a person). */
    public record Availability(Path binary, String whyNot) {

        public boolean available() {
            return binary != null;
        }
    }

    private TemporalCli() {
    }

    /** The binary if it is built already, without building it. */
    public static Optional<Path> built() {
        return built(System.getenv());
    }

    static Optional<Path> built(Map<String, String> env) {
        String given = env.get("VMSFLOW_TEMPORAL_CLI");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path binary = binary(env);
        return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    /**
     * The binary, built with {@code go install} first when it is missing and Go is on this machine. One build at a
     * time per machine (a file lock): a second caller waits for the first and takes its binary.
     */
    public static Availability ensure(PrintStream progress) {
        return ensure(System.getenv(), progress, false);
    }

    static Availability ensure(Map<String, String> env, PrintStream progress) {
        return ensure(env, progress, false);
    }

    /** {@code niced}: a build beside other work (the early build in {@code mvn verify}) yields the cores to it. */
    static synchronized Availability ensure(Map<String, String> env, PrintStream progress, boolean niced) {
        Optional<Path> ready = built(env);
        if (ready.isPresent()) {
            return new Availability(ready.get(), null);
        }
        Optional<Path> go = go(env);
        if (go.isEmpty()) {
            return new Availability(null, "Go is not on this machine (PATH), so the Temporal CLI's development server"
                    + " cannot be built");
        }
        Path binary = binary(env);
        try {
            Files.createDirectories(binary.getParent());
            try (FileChannel lockFile = FileChannel.open(binary.getParent().resolve(".build.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.isExecutable(binary)) {
                    return new Availability(binary, null); // another process built it while this one waited
                }
                return build(go.get(), binary, env, progress, niced);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Temporal CLI in " + binary.getParent(), e);
        }
    }

    private static Availability build(Path go, Path binary, Map<String, String> env, PrintStream progress,
                                      boolean niced) throws IOException {
        Path staging = Files.createTempDirectory(binary.getParent(), "build-");
        Path log = binary.getParent().resolve("build.log");
        progress.println("Building the Temporal CLI " + VERSION + " (Temporal's development server and Temporal Web)"
                + " with " + go + ", once per machine; a few minutes on a fresh one (log: " + log + ")...");
        long started = System.nanoTime();
        List<String> command = new ArrayList<>();
        if (niced && Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "10"));
        }
        command.addAll(List.of(go.toString(), "install", MODULE + "@" + VERSION));
        ProcessBuilder install = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        install.environment().putAll(env);
        install.environment().put("GOBIN", staging.toString());
        install.environment().putIfAbsent("GOFLAGS", "-buildvcs=false");
        try {
            Process process = install.start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Availability(null, "go install of the Temporal CLI took over 30 minutes (" + log + ")");
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                return new Availability(null, "go install " + MODULE + "@" + VERSION + " failed: " + last
                        + " (" + log + ")");
            }
            Files.move(staging.resolve("temporal"), binary, StandardCopyOption.ATOMIC_MOVE);
            progress.printf("Built the Temporal CLI in %d s: %s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), binary);
            return new Availability(binary, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(null, "interrupted while building the Temporal CLI");
        } finally {
            try (var left = Files.list(staging)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    static Path binary(Map<String, String> env) {
        return cache(env).resolve("temporal-cli").resolve(VERSION).resolve("temporal");
    }

    private static Path cache(Map<String, String> env) {
        String own = env.get("VMSFLOW_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vmsflow");
    }

    /** {@code go} on the PATH, or in {@code $GOROOT/bin}. */
    static Optional<Path> go(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "go"))) {
                return Optional.of(Path.of(dir, "go"));
            }
        }
        String root = env.get("GOROOT");
        if (root != null && !root.isBlank() && Files.isExecutable(Path.of(root, "bin", "go"))) {
            return Optional.of(Path.of(root, "bin", "go"));
        }
        return Optional.empty();
    }

    /**
     * The build's step in {@code mvn verify}: early in the background ({@code --background}, run from its source file
     * by the parent pom), then before the launcher's tests, where it waits for the early one, builds the binary if
     * that did not, says in one line why not where Go is missing, and fails only when a build was tried and failed.
     */
    public static void main(String[] args) {
        boolean background = List.of(args).contains("--background");
        Availability cli = ensure(System.getenv(), System.out, background);
        if (background) {
            return; // the launcher's step says what came of it
        }
        if (cli.available()) {
            System.out.println("Temporal CLI " + VERSION + ": " + cli.binary());
        } else if (go(System.getenv()).isEmpty()) {
            System.out.println("Temporal CLI: " + cli.whyNot() + "; the tests that need a real Temporal server are"
                    + " skipped and the rest run on the in-process test server.");
        } else {
            throw new IllegalStateException(cli.whyNot());
        }
    }
}
