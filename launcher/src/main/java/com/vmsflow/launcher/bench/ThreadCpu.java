package com.vmsflow.launcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The bench process's CPU split by the part of the stack each thread works for ({@link ThreadPart}): every Java
 * thread's CPU time, sampled every {@value #SAMPLE_MILLIS} ms so that the pools' threads that end during a measurement
 * (the SDK's and Jetty's idle ones) keep nearly all they used, and the JVM's own threads (GC, the JIT compilers) from
 * {@code /proc/self/task} at the start and the end. What the samples still miss (threads that ended between two
 * samples, rounding) is the process's CPU less the sum: {@link Split#unattributed()}, printed as such.
 */
final class ThreadCpu implements AutoCloseable {

    static final long SAMPLE_MILLIS = 250;
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100; // USER_HZ, as in Cpu

    /** Nanoseconds by part, and the process's CPU over the same time (0: not measured). */
    record Split(Map<ThreadPart, Long> nanos, long processNanos) {

        long of(ThreadPart part) {
            return nanos.getOrDefault(part, 0L);
        }

        /** VMS Flow's own code: the worker, the gateway, their Temporal client (and the floor's stand-ins). */
        long own() {
            return nanos.entrySet().stream().filter(e -> e.getKey().own).mapToLong(Map.Entry::getValue).sum();
        }

        long attributed() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The process's CPU no thread's sample accounts for; negative when the samples' rounding exceeds it. */
        long unattributed() {
            return processNanos - attributed();
        }
    }

    private static final class Seen {
        final long baseline;
        long last;
        ThreadPart part;

        Seen(long baseline, ThreadPart part) {
            this.baseline = baseline;
            this.last = baseline;
            this.part = part;
        }
    }

    private final com.sun.management.ThreadMXBean mx;
    private final Map<Long, Seen> seen = new HashMap<>();
    private final long jvmInternalAtStart;
    private final Thread sampler;
    private volatile boolean running = true;

    private ThreadCpu() {
        mx = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean sun
                && sun.isThreadCpuTimeSupported() ? sun : null;
        if (mx != null && !mx.isThreadCpuTimeEnabled()) {
            mx.setThreadCpuTimeEnabled(true);
        }
        jvmInternalAtStart = jvmInternalTicks();
        sample(true);
        sampler = new Thread(this::run, "bench-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling now; {@link #stop} at the end of the measurement. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** The split since {@link #start}; {@code processNanos}: the process's CPU over the same time. */
    Split stop(long processNanos) {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<ThreadPart, Long> nanos = new EnumMap<>(ThreadPart.class);
        synchronized (this) {
            sample(false);
            for (Seen s : seen.values()) {
                nanos.merge(s.part, s.last - s.baseline, Long::sum);
            }
        }
        nanos.merge(ThreadPart.JVM, (jvmInternalTicks() - jvmInternalAtStart) * NANOS_PER_TICK, Long::sum);
        return new Split(nanos, processNanos);
    }

    /** Stops sampling without a split (a measurement that failed); nothing once {@link #stop} has run. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (running) {
                    sample(false);
                }
            }
        }
    }

    /** Every live Java thread's CPU time; a thread first seen after the start began after it (its baseline is 0). */
    private void sample(boolean first) {
        if (mx == null) {
            return;
        }
        Thread[] threads = liveThreads();
        long[] ids = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            ids[i] = threads[i].getId();
        }
        long[] cpu = mx.getThreadCpuTime(ids);
        for (int i = 0; i < threads.length; i++) {
            if (cpu[i] < 0) {
                continue; // ended meanwhile
            }
            Thread t = threads[i];
            String name = t.getName();
            if (ThreadPart.jvmInternal(name.length() > 15 ? name.substring(0, 15) : name)) {
                continue; // counted from /proc
            }
            Seen s = seen.get(ids[i]);
            if (s == null) {
                ThreadGroup group = t.getThreadGroup();
                s = new Seen(first ? cpu[i] : 0, ThreadPart.of(name, group == null ? null : group.getName()));
                seen.put(ids[i], s);
            } else if (s.part == ThreadPart.OTHER) {
                // A name only a moment has (a pool thread renamed while it runs a task) may tell more next time.
                ThreadGroup group = t.getThreadGroup();
                s.part = ThreadPart.of(name, group == null ? null : group.getName());
            }
            s.last = Math.max(s.last, cpu[i]);
        }
    }

    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 64];
        int n;
        while ((n = root.enumerate(threads, true)) == threads.length) {
            threads = new Thread[threads.length * 2];
        }
        Thread[] live = new Thread[n];
        System.arraycopy(threads, 0, live, 0, n);
        return live;
    }

    /** User and system ticks of this process's threads that are the JVM's own (GC, compilers), from /proc. */
    private static long jvmInternalTicks() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    if (!ThreadPart.jvmInternal(comm)) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException noProc) {
            return 0; // not Linux: the JVM's own threads stay in "unattributed"
        }
        return ticks;
    }
}
