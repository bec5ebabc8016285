package com.vmsflow.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CPU time used by the bench's process, by the local PostgreSQL server (its postmaster and every backend) and by a
 * Temporal server in a process of its own on this machine (the dev server; the test server's is the bench's own), in
 * nanoseconds.
 * Unlike wall time it hardly depends on what else the machine runs, so it says what an order costs even when the
 * machine is shared.
 */
record Cpu(long jvmNanos, long postgresNanos, long temporalNanos, boolean temporalMeasured) {

    /** Linux's clock ticks a second for /proc/[pid]/stat (USER_HZ, 100 on every common kernel). */
    private static final long TICKS_PER_SECOND = 100;

    /**
     * {@code postmaster}: the PostgreSQL server's process id on this machine, or 0 when it runs elsewhere;
     * {@code temporal}: the Temporal server's process id, or 0 when it runs in this process or elsewhere.
     */
    static Cpu now(long postmaster, long temporal) {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        long tick = 1_000_000_000L / TICKS_PER_SECOND;
        return new Cpu(jvm, postmaster <= 0 ? 0 : treeTicks(postmaster) * tick,
                temporal <= 0 ? 0 : treeTicks(temporal) * tick, temporal > 0);
    }

    /** The parent of a PostgreSQL process of this machine, 0 when there is no such process. */
    static long parentOfPostgres(long pid) {
        try {
            String command = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            if (!command.startsWith("postgres")) {
                return 0; // a server elsewhere, whose backend's pid means nothing here
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    Cpu minus(Cpu before) {
        return new Cpu(jvmNanos - before.jvmNanos, postgresNanos - before.postgresNanos,
                temporalNanos - before.temporalNanos, temporalMeasured);
    }

    long totalNanos() {
        return jvmNanos + postgresNanos + temporalNanos;
    }

    /** User and system ticks of a process and its live descendants, with what their reaped children used. */
    private static long treeTicks(long root) {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    // After the command in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17).
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(proc.getFileName().toString());
                    parent.put(pid, Long.parseLong(f[1]));
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException | RuntimeException noProc) {
            return 0; // not Linux: the JVM's figure only
        }
        Set<Long> ours = new HashSet<>();
        ours.add(root);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Long, Long> e : parent.entrySet()) {
                if (!ours.contains(e.getKey()) && ours.contains(e.getValue())) {
                    ours.add(e.getKey());
                    grew = true;
                }
            }
        }
        return ours.stream().mapToLong(pid -> ticks.getOrDefault(pid, 0L)).sum();
    }
}
