package com.vmsflow.launcher.bench;

import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.worker.WorkerRuntime;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measurement 1: orders from the sandbox to COMPLETED through the real system, and the same number of bare
 * workflows of the same shape on the same server and worker settings (the floor).
 */
final class LifecycleBench implements AutoCloseable {

    /** A lifecycle run: how many finished in how long, and the time each spent outside the hold. */
    record Result(String what, int orders, int finished, double seconds, double p50Millis, double p99Millis,
                  int failures, Cpu cpu, ThreadCpu.Split threads) {
        double perSecond() {
            return finished / seconds;
        }

        /** CPU milliseconds an order took: this process, PostgreSQL and a Temporal server of its own together. */
        double cpuMillisPerOrder() {
            return cpu.totalNanos() / 1e6 / Math.max(1, finished);
        }

        /** Milliseconds an order of this process's CPU went to {@code nanos}. */
        double perOrder(long nanos) {
            return nanos / 1e6 / Math.max(1, finished);
        }

        /** VMS Flow's own code an order: the worker, the gateway and their Temporal client (the floor: its clients). */
        double ownMillisPerOrder() {
            return perOrder(threads.own());
        }

        /** The Temporal server an order: the test server's threads here, or the dev server's own process. */
        double serverMillisPerOrder() {
            return perOrder(threads.of(ThreadPart.TEST_SERVER) + cpu.temporalNanos());
        }

        /**
         * What the ratio to the floor compares (docs/bench.md): VMS Flow's own code, the Temporal server and
         * PostgreSQL an order, without the sandbox, the bench, the JVM's GC and JIT, and what no thread accounts for.
         */
        double comparableMillisPerOrder() {
            return ownMillisPerOrder() + serverMillisPerOrder() + perOrder(cpu.postgresNanos());
        }
    }

    private final Bench bench;
    private final VmsFlowConfiguration config;
    private final WorkflowClient client;
    private WorkerFactory floorFactory;
    private FloorActivitiesImpl floorActivities;

    LifecycleBench(Bench bench) {
        this.bench = bench;
        this.config = bench.stack.config();
        this.client = bench.stack.workflows();
    }

    Result real(String clientId, int n, String tag) {
        Duration timeout = Duration.ofSeconds(Math.max(180, n / 4));
        bench.progress("lifecycle %s: %d orders into the sandbox", clientId, n);
        Instant t0 = Instant.now();
        Cpu cpu0 = bench.cpu();
        Cpu cpu;
        ThreadCpu.Split split;
        Map<String, String> orders;
        List<String> ids;
        int failures;
        try (ThreadCpu threads = ThreadCpu.start()) {
            orders = bench.createOrders(clientId, n);
            ids = new ArrayList<>(orders.keySet());
            failures = drive(clientId, n, tag, orders, ids, timeout);
            cpu = bench.cpu().minus(cpu0);
            split = threads.stop(cpu.jvmNanos());
        }
        return finish(clientId, n, t0, ids, failures, cpu, split);
    }

    /** Runs the warehouse until the {@code n} orders are COMPLETED or the time is up; the warehouse's failures. */
    private int drive(String clientId, int n, String tag, Map<String, String> orders, List<String> ids,
                      Duration timeout) {
        int failures;
        try (BenchWarehouse warehouse = new BenchWarehouse(bench.gateway, clientId, orders, tag)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            long nextReport = System.nanoTime();
            while (System.nanoTime() < deadline) {
                int done = bench.count(clientId, ids, "COMPLETED");
                if (done >= n) {
                    break;
                }
                if (System.nanoTime() >= nextReport) {
                    bench.progress("lifecycle %s: %s", clientId, byStatus(clientId, ids));
                    nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                }
                Bench.sleep(250);
            }
            failures = warehouse.failures();
        }
        return failures;
    }

    private Result finish(String clientId, int n, Instant t0, List<String> ids, int failures, Cpu cpu,
                          ThreadCpu.Split split) {
        Map<String, Instant[]> spans = bench.span(clientId, ids, "COMPLETED");
        List<Long> outside = new ArrayList<>();
        Instant last = t0;
        for (Instant[] span : spans.values()) {
            if (span[1] != null) {
                outside.add(Duration.between(span[0], span[1]).minus(Bench.HOLD).toMillis());
                last = span[1].isAfter(last) ? span[1] : last;
            }
        }
        outside.sort(null);
        double seconds = Duration.between(t0, last).toMillis() / 1000.0;
        Result result = new Result(clientId, n, outside.size(), seconds, Bench.percentile(outside, 50),
                Bench.percentile(outside, 99), failures, cpu, split);
        bench.progress("lifecycle %s: %d of %d COMPLETED in %.1f s (%.1f orders/s); CPU %.0f s here + %.0f s"
                        + " PostgreSQL + %.0f s Temporal server = %.1f ms an order; here by part: %s", clientId,
                outside.size(), n, seconds, result.perSecond(), cpu.jvmNanos() / 1e9, cpu.postgresNanos() / 1e9,
                cpu.temporalNanos() / 1e9, result.cpuMillisPerOrder(), byPart(split));
        return result;
    }

    /** The process's CPU by part, in seconds, for the progress lines. */
    static String byPart(ThreadCpu.Split split) {
        StringBuilder parts = new StringBuilder();
        for (ThreadPart part : ThreadPart.values()) {
            parts.append(String.format("%s %.1f s, ", part.label, split.of(part) / 1e9));
        }
        return parts.append(String.format("unattributed %.1f s", split.unattributed() / 1e9)).toString();
    }

    private String byStatus(String clientId, List<String> ids) {
        Map<String, Integer> counts = new TreeMap<>();
        bench.statuses(clientId, ids).values().forEach(s -> counts.merge(s, 1, Integer::sum));
        int missing = ids.size() - counts.values().stream().mapToInt(Integer::intValue).sum();
        if (missing > 0) {
            counts.put("not started", missing);
        }
        return counts.toString();
    }

    /** The floor: {@code n} bare workflows of the plan's shape, inputs sent as soon as each is due. */
    Result floor(String what, FloorPlan plan, int n, String tag) {
        startFloorWorker();
        floorActivities.marks.clear();
        floorActivities.due.clear();
        List<FloorPlan.Kind> inputs = plan.inputs();
        long holdMillis = plan.steps().stream().filter(s -> s.kind() == FloorPlan.Kind.TIMER)
                .mapToLong(FloorPlan.Step::millis).sum();
        int locals = (int) plan.locals();
        Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8, BenchWarehouse.daemon("floor-input"));
        for (int i = 0; i < 8; i++) {
            senders.submit(() -> {
                while (running.get()) {
                    String id;
                    try {
                        id = floorActivities.due.poll(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (id == null) {
                        continue;
                    }
                    int k = sent.computeIfAbsent(id, x -> new AtomicInteger()).getAndIncrement();
                    try {
                        FloorWorkflow stub = client.newWorkflowStub(FloorWorkflow.class, id);
                        if (inputs.get(k) == FloorPlan.Kind.WAIT_SIGNAL) {
                            stub.signal("s" + k);
                        } else {
                            stub.input("u" + k);
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        bench.progress("floor %s: %d bare workflows (%s)", what, n, plan.describe());
        ExecutorService starters = Executors.newFixedThreadPool(16, BenchWarehouse.daemon("floor-starter"));
        long t0 = System.currentTimeMillis();
        Cpu cpu0 = bench.cpu();
        Cpu cpu;
        ThreadCpu.Split split;
        try (ThreadCpu threads = ThreadCpu.start()) {
            run(plan, n, tag, locals, failures, what, starters);
            cpu = bench.cpu().minus(cpu0);
            split = threads.stop(cpu.jvmNanos());
        } finally {
            running.set(false);
            starters.shutdownNow();
            senders.shutdownNow();
        }
        return floorResult(what, n, t0, holdMillis, locals, failures, cpu, split);
    }

    private void run(FloorPlan plan, int n, String tag, int locals, AtomicInteger failures, String what,
                     ExecutorService starters) {
        for (int i = 0; i < n; i++) {
            String id = "floor:" + tag + ":" + i;
            starters.submit(() -> {
                try {
                    FloorWorkflow stub = client.newWorkflowStub(FloorWorkflow.class, WorkflowOptions.newBuilder()
                            .setTaskQueue(FloorWorkflow.TASK_QUEUE).setWorkflowId(id).build());
                    WorkflowClient.start(stub::run, plan);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(180, n / 4));
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && finished(locals) < n) {
            if (System.nanoTime() >= nextReport) {
                bench.progress("floor %s: %d of %d done", what, finished(locals), n);
                nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            }
            Bench.sleep(100);
        }
    }

    private Result floorResult(String what, int n, long t0, long holdMillis, int locals, AtomicInteger failures,
                               Cpu cpu, ThreadCpu.Split split) {
        List<Long> outside = new ArrayList<>();
        long last = t0;
        for (FloorActivitiesImpl.Marks m : floorActivities.marks.values()) {
            if (m.count >= locals) {
                outside.add(m.last - m.first - holdMillis);
                last = Math.max(last, m.last);
            }
        }
        outside.sort(null);
        double seconds = (last - t0) / 1000.0;
        Result result = new Result("floor " + what, n, outside.size(), seconds, Bench.percentile(outside, 50),
                Bench.percentile(outside, 99), failures.get(), cpu, split);
        bench.progress("floor %s: %d of %d done in %.1f s (%.1f workflows/s); CPU %.0f s here + %.0f s PostgreSQL"
                        + " + %.0f s Temporal server = %.1f ms a workflow; here by part: %s", what, outside.size(), n,
                seconds, result.perSecond(), cpu.jvmNanos() / 1e9, cpu.postgresNanos() / 1e9,
                cpu.temporalNanos() / 1e9, result.cpuMillisPerOrder(), byPart(split));
        return result;
    }

    private int finished(int locals) {
        int done = 0;
        for (FloorActivitiesImpl.Marks m : floorActivities.marks.values()) {
            if (m.count >= locals) {
                done++;
            }
        }
        return done;
    }

    private void startFloorWorker() {
        if (floorFactory != null) {
            return;
        }
        floorActivities = new FloorActivitiesImpl();
        floorFactory = WorkerFactory.newInstance(client, WorkerRuntime.factoryOptions(config.worker));
        Worker worker = floorFactory.newWorker(FloorWorkflow.TASK_QUEUE, WorkerRuntime.workerOptions(config.worker));
        worker.registerWorkflowImplementationTypes(FloorWorkflowImpl.class);
        worker.registerActivitiesImplementations(floorActivities);
        floorFactory.start();
    }

    @Override
    public void close() {
        if (floorFactory != null) {
            floorFactory.shutdownNow();
            floorFactory.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    static WorkflowStub untyped(WorkflowClient client, String id) {
        return client.newUntypedWorkflowStub(id);
    }
}
