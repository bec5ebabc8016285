package com.vmsflow.launcher.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bench's table: each figure beside its target, a mark, and notes on what limits the missed ones. */
final class BenchReport {

    private record Row(String figure, String measured, String target, Boolean pass) {
    }

    private final BenchCommand.Sizes sizes;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(BenchCommand.Sizes sizes) {
        this.sizes = sizes;
    }

    void server(String address, boolean inProcess, boolean patched) {
        notes.add(inProcess ? "Temporal: the in-process Java test server on " + address + (patched
                ? ", its timer's lock log replaced by one that keeps nothing (without: --stock-test-server)."
                : ", as it is (--stock-test-server).") : "Temporal: the cluster at " + address + ".");
    }

    void lifecycle(LifecycleBench.Result rms, LifecycleBench.Result rmsFloor, FloorPlan rmsPlan,
                   LifecycleBench.Result erp, LifecycleBench.Result erpFloor, FloorPlan erpPlan) {
        lifecycle("RMS", rms, rmsFloor, rmsPlan);
        lifecycle("ERP", erp, erpFloor, erpPlan);
    }

    private void lifecycle(String model, LifecycleBench.Result real, LifecycleBench.Result floor, FloorPlan plan) {
        double ratio = real.perSecond() / floor.perSecond();
        boolean all = real.finished() == real.orders();
        rows.add(new Row("1 Lifecycle " + model + ": throughput",
                String.format("%.1f orders/s (%d of %d COMPLETED in %.1f s) = %.2f x floor %.1f/s", real.perSecond(),
                        real.finished(), real.orders(), real.seconds(), ratio, floor.perSecond()),
                ">= 0.80 x floor", all && ratio >= 0.8));
        rows.add(new Row("1 Lifecycle " + model + ": CPU per order", String.format("%.1f ms (%.1f ms PostgreSQL);"
                        + " floor %.1f ms (%.1f ms PostgreSQL)", real.cpuMillisPerOrder(),
                real.cpu().postgresNanos() / 1e6 / Math.max(1, real.finished()), floor.cpuMillisPerOrder(),
                floor.cpu().postgresNanos() / 1e6 / Math.max(1, floor.finished())), "-", null));
        rows.add(new Row("1 Lifecycle " + model + ": time outside the hold",
                String.format("p50 %.0f ms, p99 %.0f ms (floor p50 %.0f ms, p99 %.0f ms)", real.p50Millis(),
                        real.p99Millis(), floor.p50Millis(), floor.p99Millis()), "-", null));
        notes.add("Floor " + model + ": " + plan.describe() + " per workflow, from the real " + model
                + " happy path's history" + (floor.failures() > 0 ? "; " + floor.failures() + " floor calls failed"
                : "") + "." + (real.failures() > 0 ? " In the real run the bench's warehouse retried "
                + real.failures() + " calls." : ""));
    }

    void ingestion(IngestionBench.Result result) {
        double target = 20.0 * result.orders() / 10_000;
        rows.add(new Row("2 Ingestion", String.format("%,d of %,d started in %.1f s (%.0f orders/s)",
                result.started(), result.orders(), result.seconds(), result.perSecond()),
                String.format("<= %.1f s (10,000 in 20 s)", target),
                result.started() == result.orders() && result.seconds() <= target));
    }

    void gateway(GatewayBench.Result result) {
        for (LoadGenerator.Result r : List.of(result.pack(), result.invoice())) {
            rows.add(new Row("3 Gateway " + r.name(), String.format("p50 %.1f ms, p99 %.1f ms, max %.0f ms, %d errors"
                            + " of %,d (%.0f req/s)", r.p(50), r.p(99), r.max(), r.errors(), r.latenciesMillis().size(),
                    r.sentPerSecond()), "p99 < 25 ms, no errors", r.p(99) < 25 && r.errors() == 0));
            if (r.errors() > 0) {
                notes.add("Gateway " + r.name() + " answers by status: " + r.statuses() + ".");
            }
        }
        notes.add("Gateway: a pool of " + result.poolSize() + " prepared orders per endpoint, the same valid document"
                + " repeated; after the load, one pack-pool order's history has " + result.packEvents()
                + " events and one invoice-pool order's " + result.invoiceEvents() + ".");
    }

    void cost(Map<String, CostBench.Variant> variants) {
        for (CostBench.Variant v : variants.values()) {
            HistoryCost c = v.cost();
            rows.add(new Row("4 Cost: " + v.name(), String.format("%d actions, %d events (essential %d)", c.actions(),
                    c.events(), c.essential()), String.format("<= %d actions (essential + 3)", c.essential() + 3),
                    c.actions() <= c.essential() + 3));
            notes.add("Cost " + v.name() + ": " + c.breakdown() + (v.handover() == null ? "" : "; plus its handover"
                    + " workflow's " + v.handover().actions() + " actions shared by the orders of the handover"
                    + " (1 order here; about 1 a order at 250 orders a manifest)") + ".");
        }
    }

    void memory(IngestionBench.Result result, int cacheSize, int threads) {
        double targetMb = 512.0 * result.parked() / 10_000;
        double worker = result.workerDelta() / 1048576.0;
        double perCached = result.workerDelta() / 1024.0 / Math.max(1, result.cached());
        rows.add(new Row("5 Memory: worker heap, orders parked", String.format("+%.0f MB: %,d of %,d parked orders"
                        + " in the workflow cache, %.1f KB each (all cached: %.0f MB)", worker, result.cached(),
                result.parked(), perCached, perCached * result.parked() / 1024),
                String.format("< %.1f MB (10,000 in 512 MB)", targetMb),
                result.parked() == result.orders() && worker < targetMb));
        rows.add(new Row("5 Memory: the rest of the process", String.format("+%.0f MB (%.1f KB an order): test"
                        + " server's histories, sandbox", result.restDelta() / 1048576.0,
                result.restDelta() / 1024.0 / Math.max(1, result.parked())), "-", null));
        notes.add(String.format("Memory: heap after full GCs %d MB before the %,d orders, %d MB with them parked, %d"
                        + " MB once the worker's workflow cache (size %d, %d workflow threads) was emptied. The"
                        + " worker's part is the second less the third; the rest lives outside the worker in"
                        + " production.",
                result.heapBefore() >> 20, result.parked(), result.heapAfter() >> 20,
                result.heapAfterEviction() >> 20, cacheSize, threads));
    }

    void reports(ReportBench.Result result) {
        double mb = Math.max(0, result.afterGcPeak() - result.baseline()) / 1048576.0;
        rows.add(new Row("6 Reports: CSV export", String.format("%,.0f rows/s (%,d rows in %.1f s), live heap +%.0f MB",
                        result.rowsPerSecond(), result.rows(), result.seconds(), mb),
                ">= 100,000 rows/s in < 256 MB", result.rowsPerSecond() >= 100_000 && mb < 256
                        && result.collections() > 0));
        notes.add(String.format("Reports heap: %d MB live before the export (the largest of a second's samples);"
                        + " the largest heap left after the %d full collections run every 250 ms during a second,"
                        + " untimed export %d MB; the figure is the second less the first. The timed export's raw"
                        + " heap peak (garbage included, no collection needed) was %d MB.", result.baseline() >> 20,
                result.collections(), result.afterGcPeak() >> 20, result.poolPeak() >> 20));
    }

    void print(PrintStream out, double runSeconds) {
        int w1 = 8;
        int w2 = 8;
        int w3 = 6;
        for (Row r : rows) {
            w1 = Math.max(w1, r.figure().length());
            w2 = Math.max(w2, r.measured().length());
            w3 = Math.max(w3, r.target().length());
        }
        String format = "| %-" + w1 + "s | %-" + w2 + "s | %-" + w3 + "s | %-4s |%n";
        out.printf(format, "figure", "measured", "target", "");
        out.printf("|%s|%s|%s|------|%n", "-".repeat(w1 + 2), "-".repeat(w2 + 2), "-".repeat(w3 + 2));
        for (Row r : rows) {
            out.printf(format, r.figure(), r.measured(), r.target(), r.pass() == null ? "" : r.pass() ? "pass"
                    : "MISS");
        }
        out.println();
        out.printf("Sizes: %s. Run time %.0f s.%n", sizes, runSeconds);
        for (String note : notes) {
            out.println("- " + note);
        }
        out.flush();
    }
}
