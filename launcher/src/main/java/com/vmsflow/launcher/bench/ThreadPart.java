package com.vmsflow.launcher.bench;

import java.util.List;
import java.util.Set;

/**
 * Which part of the one-process stack a thread works for, from its name and its thread group: the bench's split of the
 * process's CPU ({@link ThreadCpu}). The names are those a thread dump of a lifecycle run shows (docs/bench.md, "CPU
 * by part"); a thread no rule knows is {@link #OTHER}, printed as such.
 */
enum ThreadPart {
    /** The worker: the Temporal SDK's workflow, activity and local-activity executors and pollers, the sync. */
    WORKER("worker", true),
    /** The api-gateway: Jetty's threads of its connectors (Dropwizard's {@code dw-}, the admin's {@code dw-admin-}). */
    GATEWAY("gateway", true),
    /** VMS Flow's Temporal client, which the worker and the gateway share: gRPC's event loops and callbacks. */
    TEMPORAL_CLIENT("Temporal client", true),
    /**
     * The floor's starters and input senders: they stand for the sync's starts and the gateway's updates and signals,
     * so the floor counts them as its "own code" as the real run counts the sync and the gateway.
     */
    FLOOR_CLIENTS("floor's clients", true),
    /** Temporal's in-process test server: its gRPC threads, its services' pools, its timer. */
    TEST_SERVER("test server", false),
    /** The sandbox standing in for Ajio, the ERP and the RMS: its Jetty threads, its timer, its ERP's calls. */
    SANDBOX("sandbox", false),
    /** The bench itself: its warehouse, its main thread, its CPU sampler. */
    BENCH("bench", false),
    /** The JVM's own threads: GC, JIT compilers, the VM thread, reference handling. */
    JVM("JVM (GC, JIT)", false),
    /** Threads no rule knows, and those shared by all parts (logging, OkHttp's connection pool, Jetty's schedulers). */
    OTHER("other", false);

    final String label;
    /** Counted as VMS Flow's own code. */
    final boolean own;

    ThreadPart(String label, boolean own) {
        this.label = label;
        this.own = own;
    }

    private static final String TEST_SERVER_THREADS = com.vmsflow.launcher.TemporalServer.TEST_SERVER_THREADS;
    private static final String SANDBOX_THREADS = com.vmsflow.sandbox.SandboxServer.THREADS;

    private record Rule(String prefix, ThreadPart part) {
    }

    /** First match wins; prefixes of thread names. */
    private static final List<Rule> RULES = List.of(
            // Temporal's in-process test server (group and gRPC threads: TemporalServer.InProcessTestServer).
            new Rule(TEST_SERVER_THREADS, TEST_SERVER),
            new Rule("Timer task", TEST_SERVER), // SelfAdvancingTimerImpl's executor
            new Rule("SelfAdvancingTimer Pump", TEST_SERVER),
            // The sandbox: Jetty's pool named in SandboxServer, its scheduler, its ERP's posting pollers.
            new Rule(SANDBOX_THREADS + "-", SANDBOX),
            new Rule("erp-poller-", SANDBOX),
            // The worker: the Temporal SDK's threads (workflow threads are renamed while they run a workflow, an update
            // or a signal handler) and the sync's starter.
            new Rule("workflow-", WORKER),
            new Rule("update ", WORKER),
            new Rule("signal ", WORKER),
            new Rule("query ", WORKER),
            new Rule("Workflow Executor", WORKER),
            new Rule("Workflow Poller", WORKER),
            new Rule("Activity Executor", WORKER),
            new Rule("Activity Poller", WORKER),
            new Rule("Local Activity Executor", WORKER),
            new Rule("LocalActivity", WORKER), // LocalActivityScheduler-..., LocalActivitySlotSupplierQueue
            new Rule("Nexus ", WORKER),
            new Rule("TemporalActivityHeartbeat", WORKER),
            new Rule("Workflow Sticky", WORKER),
            new Rule("order-starter", WORKER),
            new Rule("Tomcat JDBC Pool Cleaner", WORKER), // the stack's data source
            // The gateway: Dropwizard names Jetty's pool "dw" (its admin connector's "dw-admin"); the sandbox's is
            // renamed, so the "dw" left are the gateway's.
            new Rule("dw-", GATEWAY),
            // The Temporal client (gRPC's defaults; the test server has threads of its own).
            new Rule("grpc-", TEMPORAL_CLIENT),
            new Rule("generic-wf-client-async-throttler", TEMPORAL_CLIENT),
            // The floor's stand-ins for the sync and the gateway (LifecycleBench).
            new Rule("floor-starter", FLOOR_CLIENTS),
            new Rule("floor-input", FLOOR_CLIENTS),
            // The bench.
            new Rule("bench-", BENCH),
            new Rule("main", BENCH),
            new Rule("warehouse", BENCH),
            new Rule("load-", BENCH),
            // The JVM's Java-visible threads (GC and the compilers are not Java threads: ThreadCpu reads them from
            // /proc).
            new Rule("Reference Handler", JVM),
            new Rule("Finalizer", JVM),
            new Rule("Signal Dispatcher", JVM),
            new Rule("Common-Cleaner", JVM),
            new Rule("Notification Thread", JVM),
            new Rule("Attach Listener", JVM),
            new Rule("Cleaner-", JVM));

    /** Thread groups whose threads are one part whatever their names (pools that name threads "pool-N-thread-M"). */
    private static final Set<String> TEST_SERVER_GROUPS = Set.of(TEST_SERVER_THREADS);
    private static final Set<String> SANDBOX_GROUPS = Set.of(SANDBOX_THREADS);

    /** The part of a Java thread; {@code group} null when the thread has ended. */
    static ThreadPart of(String name, String group) {
        if (group != null && TEST_SERVER_GROUPS.contains(group)) {
            return TEST_SERVER;
        }
        if (group != null && SANDBOX_GROUPS.contains(group)) {
            return SANDBOX;
        }
        if (name == null) {
            return OTHER;
        }
        for (Rule rule : RULES) {
            if (name.startsWith(rule.prefix())) {
                return rule.part();
            }
        }
        return OTHER;
    }

    /**
     * Whether a thread is one of the JVM's own that {@link ThreadCpu} reads from {@code /proc/self/task} rather than
     * through the JVM (which does not list them all), from its name as the kernel keeps it (15 characters at most:
     * "GC Thread#0", "G1 Conc#0", "C2 CompilerThre", "VM Thread"). A Java-visible thread of such a name is left to
     * {@code /proc}, so none is counted twice.
     */
    static boolean jvmInternal(String comm) {
        return comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("C1 Compiler")
                || comm.startsWith("C2 Compiler") || comm.startsWith("VM Thread") || comm.startsWith("VM Periodic")
                || comm.startsWith("Sweeper") || comm.startsWith("Monitor Deflati") || comm.startsWith("Service Thread");
    }
}
