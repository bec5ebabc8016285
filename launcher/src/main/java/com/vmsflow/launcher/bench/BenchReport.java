package com.vmsflow.launcher.bench;

import com.vmsflow.inventory.AjioChannelInventory;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's table: each figure beside its target, then a column per Temporal the bench ran on (the in-process test
 * server, the dev server, or the cluster {@code TEMPORAL_ADDRESS} names), each cell with its own mark; and notes, per
 * column, on what limits the missed ones. A measurement that failed on one server says so in its cells; the other
 * columns keep theirs.
 */
final class BenchReport {

    /** One server's value of a figure and its mark: pass, MISS, FAIL (the measurement threw) or none. */
    private record Cell(String measured, String mark) {
    }

    private static final class Row {
        final String figure;
        String target;
        final Map<String, Cell> cells = new LinkedHashMap<>();

        Row(String figure, String target) {
            this.figure = figure;
            this.target = target;
        }
    }

    static final String INVENTORY_LATENCY = "7 Inventory: stock change to Ajio";
    static final String INVENTORY_RECONCILIATION = "7 Inventory: full reconciliation";
    static final String INVENTORY_ACTIONS = "7 Inventory: Temporal actions";
    static final String ROUTING = "8 Routing: a web store order";

    /** The rows each measurement makes, in order: a failed measurement fills these with its failure. */
    static final Map<String, List<String>> FIGURES = Map.of(
            "cost", List.of("4 Cost: RMS happy path", "4 Cost: ERP happy path",
                    "4 Cost: customer cancels in the hold", "4 Cost: not found at packing (RMS)"),
            "gateway", List.of("3 Gateway pack", "3 Gateway b2b-invoice"),
            "reports", List.of("6 Reports: CSV export"),
            "inventory", List.of(INVENTORY_LATENCY, INVENTORY_RECONCILIATION, INVENTORY_ACTIONS),
            "lifecycle", List.of("1 Lifecycle RMS: throughput", "1 Lifecycle RMS: CPU per order",
                    "1 Lifecycle RMS: CPU by part", "1 Lifecycle RMS: time outside the hold",
                    "1 Lifecycle ERP: throughput", "1 Lifecycle ERP: CPU per order", "1 Lifecycle ERP: CPU by part",
                    "1 Lifecycle ERP: time outside the hold"),
            "ingestion", List.of("2 Ingestion"),
            "memory", List.of("5 Memory: worker heap, orders parked", "5 Memory: the rest of the process"),
            "routing", List.of(ROUTING));

    static final String SERVER_ROW = "0 Temporal";
    /** The bench's own bar for the sync's cost (issue 16 asks for it printed): one action per 10 changes. */
    static final double ACTIONS_PER_THOUSAND_TARGET = 100;
    /** The reconciliation streams: its live heap stays this small whatever the SKU count. */
    static final double RECONCILIATION_HEAP_TARGET_MB = 64;

    private final BenchCommand.Sizes sizes;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private String column;
    private boolean failures;

    BenchReport(BenchCommand.Sizes sizes) {
        this.sizes = sizes;
    }

    /** The column the figures that follow belong to, e.g. "test server"; a new one goes to the right. */
    void column(String name) {
        if (!columns.contains(name)) {
            columns.add(name);
            notes.put(name, new ArrayList<>());
        }
        column = name;
    }

    boolean anyFailed() {
        return failures;
    }

    private void put(String figure, String target, String measured, Boolean pass) {
        Row row = rows.computeIfAbsent(figure, f -> new Row(f, target));
        if (row.target == null || row.target.startsWith("(")) {
            row.target = target; // a failure made the row before any figure gave its target
        }
        row.cells.put(column, new Cell(measured, pass == null ? "" : pass ? "pass" : "MISS"));
    }

    private void putFailure(String figure, String measured) {
        put(figure, "(not measured)", measured, null);
        rows.get(figure).cells.put(column, new Cell(measured, "FAIL"));
    }

    private void note(String text) {
        notes.get(column).add(text);
    }

    /** A measurement that threw: each of its rows says so in this column, and nothing else of this column is lost. */
    void failed(String measurement, String why) {
        failures = true;
        for (String figure : FIGURES.get(measurement)) {
            putFailure(figure, "FAILED: " + why);
        }
        note(measurement + " failed: " + why + ".");
    }

    /** A measurement not run in this column (a stack that did not start, a measurement it depends on that failed). */
    void notRun(String measurement, String why) {
        for (String figure : FIGURES.get(measurement)) {
            put(figure, "(not measured)", "not run: " + why, null);
        }
    }

    /** Which Temporal this column ran on; {@code timerLog}: the test server's timer log (null when not that server). */
    void server(String description, String address, Boolean timerLogReplaced) {
        String timerLog = timerLogReplaced == null ? "no timer log to replace (test server only)"
                : timerLogReplaced ? "its timer log replaced (--stock-test-server keeps it)"
                : "its timer log as shipped (--stock-test-server)";
        put(SERVER_ROW, "-", description + " at " + address + "; " + timerLog, null);
    }

    void stackFailed(String why) {
        failures = true;
        Row row = rows.get(SERVER_ROW);
        Cell server = row == null ? null : row.cells.get(column);
        // Failed after the server started (seeding the data): keep which server it was.
        putFailure(SERVER_ROW, (server == null ? "" : server.measured() + "; ") + "FAILED to start: " + why);
        note("The stack did not start: " + why + ".");
    }

    void lifecycle(LifecycleBench.Result rms, LifecycleBench.Result rmsFloor, FloorPlan rmsPlan,
                   LifecycleBench.Result erp, LifecycleBench.Result erpFloor, FloorPlan erpPlan) {
        lifecycle("RMS", rms, rmsFloor, rmsPlan);
        lifecycle("ERP", erp, erpFloor, erpPlan);
    }

    private void lifecycle(String model, LifecycleBench.Result real, LifecycleBench.Result floor, FloorPlan plan) {
        double wall = real.perSecond() / floor.perSecond();
        double ratio = floor.comparableMillisPerOrder() / real.comparableMillisPerOrder();
        boolean all = real.finished() == real.orders();
        put("1 Lifecycle " + model + ": throughput", ">= 0.80 x floor, like with like",
                String.format("%.1f orders/s (%d of %d COMPLETED in %.1f s) = %.2f x floor %.1f/s; like with like"
                                + " %.2f x floor (CPU of own code, Temporal and PostgreSQL: %.1f ms against %.1f)",
                        real.perSecond(), real.finished(), real.orders(), real.seconds(), wall, floor.perSecond(),
                        ratio, real.comparableMillisPerOrder(), floor.comparableMillisPerOrder()),
                all && ratio >= 0.8);
        put("1 Lifecycle " + model + ": CPU per order", "-", String.format("%.1f ms (%s), VMS Flow's own code %.1f ms;"
                        + " floor %.1f ms (%s), own code %.1f ms", real.cpuMillisPerOrder(), parts(real),
                real.ownMillisPerOrder(), floor.cpuMillisPerOrder(), parts(floor), floor.ownMillisPerOrder()), null);
        put("1 Lifecycle " + model + ": CPU by part", "-", byPart(real) + "; floor: " + byPart(floor), null);
        put("1 Lifecycle " + model + ": time outside the hold", "-",
                String.format("p50 %.0f ms, p99 %.0f ms (floor p50 %.0f ms, p99 %.0f ms)", real.p50Millis(),
                        real.p99Millis(), floor.p50Millis(), floor.p99Millis()), null);
        note("Floor " + model + ": " + plan.describe() + " per workflow, from the real " + model
                + " happy path's history" + (floor.failures() > 0 ? "; " + floor.failures() + " floor calls failed"
                : "") + "." + (real.failures() > 0 ? " In the real run the bench's warehouse retried "
                + real.failures() + " calls." : ""));
    }

    /** What the CPU figure holds beside the bench's process: PostgreSQL, and a Temporal server of its own. */
    private static String parts(LifecycleBench.Result r) {
        int n = Math.max(1, r.finished());
        String pg = String.format("%.1f ms PostgreSQL", r.cpu().postgresNanos() / 1e6 / n);
        return r.cpu().temporalMeasured() ? pg + String.format(", %.1f ms Temporal server",
                r.cpu().temporalNanos() / 1e6 / n) : pg;
    }

    /**
     * An order's CPU by part, ms: what the ratio to the floor compares (own code, by part, the Temporal server and
     * PostgreSQL), then what it leaves out.
     */
    static String byPart(LifecycleBench.Result r) {
        ThreadCpu.Split t = r.threads();
        StringBuilder own = new StringBuilder();
        for (ThreadPart part : ThreadPart.values()) {
            if (part.own && t.of(part) > 0) {
                own.append(own.length() == 0 ? "" : ", ").append(String.format("%s %.1f", part.label,
                        r.perOrder(t.of(part))));
            }
        }
        String server = r.cpu().temporalMeasured()
                ? String.format("Temporal server %.1f", r.perOrder(r.cpu().temporalNanos()))
                : t.of(ThreadPart.TEST_SERVER) > 0
                ? String.format("test server %.1f", r.perOrder(t.of(ThreadPart.TEST_SERVER)))
                : "Temporal server not measured (elsewhere)";
        StringBuilder left = new StringBuilder();
        for (ThreadPart part : List.of(ThreadPart.SANDBOX, ThreadPart.BENCH, ThreadPart.JVM, ThreadPart.OTHER)) {
            left.append(String.format("%s %.1f, ", part.label, r.perOrder(t.of(part))));
        }
        left.append(String.format("unattributed %.1f", r.perOrder(t.unattributed())));
        return String.format("own %.1f (%s) + %s + PostgreSQL %.1f = %.1f ms compared; left out: %s ms",
                r.ownMillisPerOrder(), own, server, r.perOrder(r.cpu().postgresNanos()),
                r.comparableMillisPerOrder(), left);
    }

    void ingestion(IngestionBench.Result result) {
        double target = 20.0 * result.orders() / 10_000;
        put("2 Ingestion", String.format("<= %.1f s (10,000 in 20 s)", target),
                String.format("%,d of %,d started in %.1f s (%.0f orders/s)", result.started(), result.orders(),
                        result.seconds(), result.perSecond()),
                result.started() == result.orders() && result.seconds() <= target);
    }

    void gateway(GatewayBench.Result result) {
        for (LoadGenerator.Result r : List.of(result.pack(), result.invoice())) {
            put("3 Gateway " + r.name(), "p99 < 25 ms, no errors", String.format("p50 %.1f ms, p99 %.1f ms, max %.0f"
                            + " ms, %d errors of %,d (%.0f req/s)", r.p(50), r.p(99), r.max(), r.errors(),
                    r.latenciesMillis().size(), r.sentPerSecond()), r.p(99) < 25 && r.errors() == 0);
            if (r.errors() > 0) {
                note("Gateway " + r.name() + " answers by status: " + r.statuses() + ".");
            }
        }
        note("Gateway: a pool of " + result.poolSize() + " prepared orders per endpoint, the same valid document"
                + " repeated; after the load, one pack-pool order's history has " + result.packEvents()
                + " events and one invoice-pool order's " + result.invoiceEvents() + ".");
    }

    void cost(Map<String, CostBench.Variant> variants) {
        for (CostBench.Variant v : variants.values()) {
            HistoryCost c = v.cost();
            put("4 Cost: " + v.name(), String.format("<= %d actions (essential + 3)", c.essential() + 3),
                    String.format("%d actions, %d events (essential %d)", c.actions(), c.events(), c.essential()),
                    c.actions() <= c.essential() + 3);
            note("Cost " + v.name() + ": " + c.breakdown() + (v.handover() == null ? "" : "; plus its handover"
                    + " workflow's " + v.handover().actions() + " actions shared by the orders of the handover"
                    + " (1 order here; about 1 a order at 250 orders a manifest)") + ".");
        }
    }

    /**
     * {@code serverInProcess}: the Temporal server's histories are in this process's heap (the test server), so "the
     * rest" holds them; otherwise they are in the server's own process, whose resident memory grew by
     * {@code serverRssDelta} bytes (negative: not measured, a cluster elsewhere).
     */
    void memory(IngestionBench.Result result, int cacheSize, int threads, boolean serverInProcess,
                long serverRssDelta) {
        double targetMb = 512.0 * result.parked() / 10_000;
        double worker = result.workerDelta() / 1048576.0;
        double perCached = result.workerDelta() / 1024.0 / Math.max(1, result.cached());
        put("5 Memory: worker heap, orders parked", String.format("< %.1f MB (10,000 in 512 MB)", targetMb),
                String.format("+%.0f MB: %,d of %,d parked orders in the workflow cache, %.1f KB each (all cached:"
                                + " %.0f MB)", worker, result.cached(), result.parked(), perCached,
                        perCached * result.parked() / 1024),
                result.parked() == result.orders() && worker < targetMb);
        String rest = String.format("+%.0f MB (%.1f KB an order): ", result.restDelta() / 1048576.0,
                result.restDelta() / 1024.0 / Math.max(1, result.parked()));
        if (serverInProcess) {
            rest += "test server's histories, sandbox";
        } else if (serverRssDelta >= 0) {
            rest += String.format("sandbox (histories in the server's process: RSS +%.0f MB, %.1f KB an order)",
                    serverRssDelta / 1048576.0, serverRssDelta / 1024.0 / Math.max(1, result.parked()));
        } else {
            rest += "sandbox (the histories are in the cluster)";
        }
        put("5 Memory: the rest of the process", "-", rest, null);
        note(String.format("Memory: heap after full GCs %d MB before the %,d orders, %d MB with them parked, %d"
                        + " MB once the worker's workflow cache (size %d, %d workflow threads) was emptied. The"
                        + " worker's part is the second less the third; the rest lives outside the worker in"
                        + " production.",
                result.heapBefore() >> 20, result.parked(), result.heapAfter() >> 20,
                result.heapAfterEviction() >> 20, cacheSize, threads));
    }

    /** Issue 19: the candidates read and the rule applied, per order. */
    void routing(RoutingBench.Result result) {
        put(ROUTING, "p99 < 50 ms, 50 locations x 10,000 SKUs",
                String.format("p50 %.2f ms, p99 %.2f ms, max %.1f ms over %,d orders (%d locations x %,d SKUs;"
                                + " %d split, %d unfulfillable)", result.p(50), result.p(99), result.maxMillis(),
                        result.micros().size(), result.locations(), result.skus(), result.split(),
                        result.unfulfillable()),
                result.p(99) < 50);
    }

    void reports(ReportBench.Result result) {
        double mb = Math.max(0, result.afterGcPeak() - result.baseline()) / 1048576.0;
        put("6 Reports: CSV export", ">= 100,000 rows/s in < 256 MB",
                String.format("%,.0f rows/s (%,d rows in %.1f s), live heap +%.0f MB", result.rowsPerSecond(),
                        result.rows(), result.seconds(), mb),
                result.rowsPerSecond() >= 100_000 && mb < 256 && result.collections() > 0);
        note(String.format("Reports heap: %d MB live before the export (the largest of a second's samples);"
                        + " the largest heap left after the %d full collections run every 250 ms during a second,"
                        + " untimed export %d MB; the figure is the second less the first. The timed export's raw"
                        + " heap peak (garbage included, no collection needed) was %d MB.", result.baseline() >> 20,
                result.collections(), result.afterGcPeak() >> 20, result.poolPeak() >> 20));
    }

    /** Issue 16: a change's time to Ajio at the rate, the reconciliation of every SKU, the sync's actions. */
    void inventory(InventoryBench.Result result) {
        InventoryBench.Latency l = result.latency();
        InventoryBench.Arrivals a = l.arrivals();
        LoadGenerator.Result put = l.put();
        put(INVENTORY_LATENCY, String.format("p99 < 5 s at %d changes/s, all shown", l.rate()),
                String.format("p50 %.0f ms, p99 %.0f ms, max %d ms; %,d of %,d shown (%.0f changes/s sent, %d a"
                                + " PUT, PUT p50 %.1f ms p99 %.1f ms, %d errors; one at a time p50 %.1f ms); from the"
                                + " PUT's answer p50 %.0f ms, p99 %.0f ms; %d calls to Ajio, %d throttled; CPU %.1f ms"
                                + " a change",
                        a.p(50), a.p(99), a.max(), l.changes() - a.missing(), l.changes(),
                        put.sentPerSecond() * l.perPut(), l.perPut(),
                        put.p(50), put.p(99), put.errors(), l.serial()[0], l.afterAnswer().p(50),
                        l.afterAnswer().p(99), l.calls(), l.throttled(), l.cpuMillisPerChange()),
                a.missing() == 0 && put.errors() == 0 && a.p(99) < 5_000
                        && put.sentPerSecond() * l.perPut() >= 0.95 * l.rate());
        Cpu cpu = l.cpu();
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder parts = new StringBuilder();
        for (ThreadPart part : ThreadPart.values()) {
            if (l.threads().of(part) > 0) {
                parts.append(String.format("%s %.1f, ", part.label, l.perChange(l.threads().of(part))));
            }
        }
        parts.append(String.format("unattributed %.1f", l.perChange(l.threads().unattributed())));
        note(String.format("Inventory changes: CPU %.1f ms a change from the first PUT to the last figure at Ajio"
                        + " (%.0f s): this process %.1f (%s; the load generator's OkHttp threads are in other),"
                        + " PostgreSQL %.1f%s. Less what the stack used idle just before (%.0f ms/s: the other"
                        + " clients' order syncs, the pollers, the JIT): %.1f ms a change, so %d cores to themselves"
                        + " would take about %.0f changes/s.", l.cpuMillisPerChange(), l.seconds(),
                l.perChange(cpu.jvmNanos()), parts, l.perChange(cpu.postgresNanos()), cpu.temporalMeasured()
                        ? String.format(", Temporal server %.1f", l.perChange(cpu.temporalNanos())) : "",
                l.idleCpuPerSecond() / 1e6, l.netCpuMillisPerChange(), cores,
                cores * 1_000 / Math.max(0.001, l.netCpuMillisPerChange())));
        InventoryBench.Reconciliation r = result.reconciliation();
        double target = InventoryBench.reconciliationTargetSeconds(r.skus());
        put(INVENTORY_RECONCILIATION, String.format("< %.1f s (10,000 in 60 s), live heap < %.0f MB", target,
                        RECONCILIATION_HEAP_TARGET_MB),
                String.format("%,d SKUs in %.1f s: %s differences fixed, %d wrong at Ajio after; %d calls (%d"
                                + " throttled); live heap +%.0f MB", r.skus(), r.seconds(),
                        r.differences() == null ? "?" : String.format("%,d", r.differences()),
                        r.wrongAfter(), r.calls(), r.throttled(), r.heapGrowthMb()),
                r.seconds() < target && r.wrongAfter() == 0 && r.heapGrowthMb() < RECONCILIATION_HEAP_TARGET_MB
                        && r.samples() > 0);
        InventoryBench.Cost c = result.cost();
        put(INVENTORY_ACTIONS, String.format("<= %.0f per 1,000 changes", ACTIONS_PER_THOUSAND_TARGET),
                String.format("%.1f per 1,000 changes (%d actions, %d events over %,d changes in %.1f s, %d run%s)",
                        c.perThousand(), c.cost().actions(), c.cost().events(), c.changes(), c.seconds(), c.runs(),
                        c.runs() == 1 ? "" : "s"),
                c.perThousand() <= ACTIONS_PER_THOUSAND_TARGET);
        InventoryBench.Limits limits = result.limits();
        note(String.format("Inventory: load average %.1f before, %.1f after (%d cores).", result.loadBefore(),
                result.loadAfter(), Runtime.getRuntime().availableProcessors()));
        note(String.format("Inventory: %,d SKUs of %s written in bulk to the database; the changes went through the"
                        + " gateway (PUT /inventory, %d SKU%s a PUT, open loop). Rate limit that applied: the sandbox's"
                        + " Ajio took at most %d figures a push and %d inventory calls a second for the seller"
                        + " (pushes and listings together, 429 beyond), answering at once otherwise (no injected"
                        + " latency); the sync paced itself at %.1f calls/s in batches of %d. %,d differences at"
                        + " %d a push and %,d figures listed at %d a page are at least %.0f s at that limit.",
                result.skus(), Bench.STOCK, l.perPut(), l.perPut() == 1 ? "" : "s", limits.ajioBatch(),
                limits.ajioCallsPerSecond(),
                limits.syncCallsPerSecond(), limits.syncBatch(), r.skus(), limits.syncBatch(), r.skus(),
                AjioChannelInventory.MAX_PAGE_SIZE,
                InventoryBench.minimumSeconds(r.skus(), limits.syncBatch(),
                        AjioChannelInventory.MAX_PAGE_SIZE, limits.syncCallsPerSecond())));
        note("Inventory actions over the changes: " + c.cost().breakdown() + ".");
        note(String.format("Inventory reconciliation %s: live heap %d MB before (the largest of a second's samples),"
                        + " at most %d MB after the %d full collections run every second during it.", r.id(),
                r.heapBaseline() >> 20, r.heapPeak() >> 20, r.samples()));
    }

    void print(PrintStream out, double runSeconds) {
        int wFigure = "figure".length();
        int wTarget = "target".length();
        int[] w = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            w[c] = columns.get(c).length();
        }
        for (Row r : rows.values()) {
            wFigure = Math.max(wFigure, r.figure.length());
            wTarget = Math.max(wTarget, r.target.length());
            for (int c = 0; c < columns.size(); c++) {
                w[c] = Math.max(w[c], cell(r, columns.get(c)).measured().length());
            }
        }
        StringBuilder header = new StringBuilder(String.format("| %-" + wFigure + "s | %-" + wTarget + "s |",
                "figure", "target"));
        StringBuilder rule = new StringBuilder("|" + "-".repeat(wFigure + 2) + "|" + "-".repeat(wTarget + 2) + "|");
        for (int c = 0; c < columns.size(); c++) {
            header.append(String.format(" %-" + w[c] + "s |      |", columns.get(c)));
            rule.append("-".repeat(w[c] + 2)).append("|------|");
        }
        out.println(header);
        out.println(rule);
        for (Row r : rows.values()) {
            StringBuilder line = new StringBuilder(String.format("| %-" + wFigure + "s | %-" + wTarget + "s |",
                    r.figure, r.target));
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cell(r, columns.get(c));
                line.append(String.format(" %-" + w[c] + "s | %-4s |", cell.measured(), cell.mark()));
            }
            out.println(line);
        }
        out.println();
        out.printf("Sizes: %s. Run time %.0f s.%n", sizes, runSeconds);
        for (Map.Entry<String, List<String>> column : notes.entrySet()) {
            for (String note : column.getValue()) {
                out.println("- " + (columns.size() > 1 ? "[" + column.getKey() + "] " : "") + note);
            }
        }
        out.flush();
    }

    /** A figure this column has not got: the measurement was not selected, or exists on another server only. */
    private static Cell cell(Row r, String column) {
        return r.cells.getOrDefault(column, new Cell("-", ""));
    }
}
