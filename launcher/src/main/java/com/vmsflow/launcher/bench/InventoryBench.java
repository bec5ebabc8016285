package com.vmsflow.launcher.bench;

import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.json.Json;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.ajio.inventory.FigureReport;
import com.vmsflow.sandbox.ajio.inventory.InventoryItem;
import io.temporal.api.history.v1.HistoryEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Measurement 7 (issue 16): the inventory sync of the bench's own client ({@link Bench#STOCK}, its Ajio channel) on
 * {@code skus} SKUs written straight to the database (mapped, stocked, and shown at Ajio as they are). Then, through
 * the gateway: stock changes, one SKU each, at a fixed rate (open loop), each timed from its scheduled send to the
 * moment Ajio's figure of it took the new value (the sandbox's {@code updatedAt}); the Temporal actions of the sync's
 * history over those changes; and a full reconciliation on demand of every SKU after Ajio's figures were all made
 * stale, timed to its end in {@code channel_syncs}, with the live heap sampled meanwhile.
 */
final class InventoryBench {

    static final String LOCATION = "WH-BLR";
    /** Every SKU's stock after the set-up, and what Ajio shows of it then. */
    static final int START_QUANTITY = 100;
    /** What Ajio is made to show of every SKU before the reconciliation: none of them is right. */
    static final int STALE_QUANTITY = 7;
    /** The stock the change of the {@code i}-th SKU sets: never its set-up figure, never another change's. */
    static final int CHANGED_BASE = 1_000;

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ChannelRef CHANNEL = new ChannelRef(Bench.STOCK, "ajio");
    private static final Duration ARRIVAL_WAIT = Duration.ofSeconds(120);
    private static final Duration RECONCILIATION_WAIT = Duration.ofMinutes(10);

    /** One stock change as sent: the channel SKU it moves, the figure Ajio should end with, when it was due. */
    record Change(String channelSku, int quantity, Instant at) {
    }

    /** Latencies of the changes Ajio shows (ms, sorted) and how many it never showed within the wait. */
    record Arrivals(List<Long> millis, int missing) {
        double p(double percentile) {
            return Bench.percentile(millis, percentile);
        }

        long max() {
            return millis.isEmpty() ? 0 : millis.get(millis.size() - 1);
        }
    }

    /**
     * {@code serial}: p50 and p99 ms of the PUTs sent one at a time before the load (what one costs unqueued);
     * {@code cpu} and {@code threads}: the CPU from the first change to the last figure at Ajio, over
     * {@code seconds}; {@code idleCpuPerSecond}: the whole's CPU a second (ns) just before, nothing being asked of
     * it (the other clients' order syncs, the pollers, the JIT).
     */
    record Latency(int changes, int rate, int perPut, LoadGenerator.Result put, Arrivals arrivals, Arrivals afterAnswer,
                   long calls, long throttled,
                   double[] serial, Cpu cpu, ThreadCpu.Split threads, double seconds, double idleCpuPerSecond) {
        /** CPU of the whole (the bench's process, PostgreSQL, a Temporal server of its own) per change, ms. */
        double cpuMillisPerChange() {
            return cpu.totalNanos() / 1e6 / Math.max(1, changes);
        }

        /** The same less what the whole used idle over as long: the changes' own, ms. */
        double netCpuMillisPerChange() {
            return Math.max(0, cpu.totalNanos() - idleCpuPerSecond * seconds) / 1e6 / Math.max(1, changes);
        }

        /** A part of this process, ms per change. */
        double perChange(long nanos) {
            return nanos / 1e6 / Math.max(1, changes);
        }
    }

    record Cost(HistoryCost cost, int changes, int runs, double seconds) {
        double perThousand() {
            return InventoryBench.perThousand(cost.actions(), changes);
        }
    }

    record Reconciliation(int skus, String id, double seconds, Integer differences, int wrongAfter, long calls,
                          long throttled, long heapBaseline, long heapPeak, long samples) {
        double heapGrowthMb() {
            return Math.max(0, heapPeak - heapBaseline) / 1048576.0;
        }
    }

    /** What limited the calls: Ajio's (the sandbox's) batch and rate limit, and the pace the sync keeps under it. */
    record Limits(int ajioBatch, int ajioCallsPerSecond, int syncBatch, double syncCallsPerSecond) {
    }

    /** {@code loadBefore}, {@code loadAfter}: the machine's load average (1 min) around it, -1 unknown. */
    record Result(int skus, Latency latency, Cost cost, Reconciliation reconciliation, Limits limits,
                  double loadBefore, double loadAfter) {
    }

    private final Bench bench;

    InventoryBench(Bench bench) {
        this.bench = bench;
    }

    /**
     * {@code perPut}: the changes one PUT carries, as a WMS or an ERP sends what changed since its last call (10 at
     * 200 a second: every 50 ms); 1 is a request per change, the gateway's own limit. Each change is timed from when
     * it happened, spread evenly at {@code rate} before its PUT was due, so the sender's gathering counts too.
     */
    Result run(int skus, int rate, int perPut, int seconds, Limits limits) {
        if (perPut < 1 || rate % perPut != 0) {
            throw new IllegalArgumentException("--stock-per-put " + perPut + " must divide --stock-rate " + rate);
        }
        double loadBefore = loadAverage();
        setUp(skus);
        // One SKU a change: no more changes than SKUs (the load is cut short rather than a SKU changed twice).
        int loadSeconds = Math.max(1, Math.min(seconds, skus / rate));
        int changes = Math.min(skus, rate * loadSeconds) / perPut * perPut;
        double[] serial = serial(Math.min(skus, 200));
        double idleCpuPerSecond = idleCpuPerSecond();
        long[] before = counters();
        List<Change> sent = new ArrayList<>();
        bench.progress("inventory: %,d stock changes through the gateway at %d/s, %d SKU%s a PUT", changes, rate,
                perPut, perPut == 1 ? "" : "s");
        List<Request> requests = new ArrayList<>();
        for (int first = 0; first < changes; first += perPut) {
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int i = first; i < first + perPut; i++) {
                levels.add(Map.of("sku", clientSku(i), "location", LOCATION, "quantity", CHANGED_BASE + i));
            }
            requests.add(put(levels));
        }
        long changeIntervalNanos = 1_000_000_000L / rate;
        LoadGenerator load = new LoadGenerator();
        LoadGenerator.Result put;
        Map<String, FigureReport> shown;
        Cpu cpu;
        ThreadCpu.Split split;
        long startNanos = System.nanoTime();
        Cpu cpuBefore = bench.cpu();
        try (ThreadCpu threads = ThreadCpu.start()) {
            try {
                put = load.run("stock", requests, rate / perPut, 0, loadSeconds);
            } finally {
                load.close();
            }
            for (int i = 0; i < changes; i++) {
                Instant happened = put.scheduledAt(i / perPut)
                        .minusNanos((perPut - 1 - i % perPut) * changeIntervalNanos);
                sent.add(new Change(channelSku(i), CHANGED_BASE + i, happened));
            }
            shown = awaitShown(sent);
            cpu = bench.cpu().minus(cpuBefore);
            split = threads.stop(cpu.jvmNanos());
        }
        double cpuSeconds = (System.nanoTime() - startNanos) / 1e9;
        Instant windowStart = put.firstScheduledAt();
        Instant allSeenAt = Instant.now();
        Arrivals arrivals = arrivals(sent, shown);
        // The sync's share: from the gateway's answer (the change committed) to Ajio's figure.
        List<Change> answered = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            if (put.answeredAt(i / perPut) != null) {
                answered.add(new Change(channelSku(i), CHANGED_BASE + i, put.answeredAt(i / perPut)));
            }
        }
        Arrivals afterAnswer = arrivals(answered, shown);
        long[] after = counters();
        Latency latency = new Latency(changes, rate, perPut, put, arrivals, afterAnswer, after[0] - before[0], after[1] - before[1],
                serial, cpu, split, cpuSeconds, idleCpuPerSecond);
        bench.progress("inventory: PUT p50 %.1f ms p99 %.1f ms %s; at Ajio p50 %.0f ms p99 %.0f ms max %d ms,"
                        + " %d never shown; from the PUT's answer p50 %.0f ms p99 %.0f ms; %d calls to Ajio, %d"
                        + " throttled", put.p(50), put.p(99), put.statuses(), arrivals.p(50), arrivals.p(99),
                arrivals.max(), arrivals.missing(), afterAnswer.p(50), afterAnswer.p(99), latency.calls(),
                latency.throttled());
        // The steps and the workflow tasks that close the last push come just after its figure arrived.
        Bench.sleep(2_000);
        Instant windowEnd = allSeenAt.plusSeconds(2);
        List<List<HistoryEvent>> runs = runsSince(windowStart);
        List<HistoryEvent> events = new ArrayList<>();
        runs.forEach(run -> events.addAll(within(run, windowStart, windowEnd)));
        Cost cost = new Cost(HistoryCost.of(events), changes, runs.size(),
                Duration.between(windowStart, windowEnd).toMillis() / 1e3);
        bench.progress("inventory: %d actions over %,d changes (%.1f per 1,000), %d events in %d run(s): %s",
                cost.cost().actions(), changes, cost.perThousand(), cost.cost().events(), runs.size(),
                cost.cost().breakdown());
        Reconciliation reconciliation = reconcile(skus);
        return new Result(skus, latency, cost, reconciliation, limits, loadBefore, loadAverage());
    }

    /**
     * The catalogue in bulk, straight into the database: {@code skus} mappings and stock rows, the changes their
     * triggers queued for the channel dropped in the same transaction (the sync never sees them), and Ajio shown the
     * same figures, so that the sync starts with nothing to do.
     */
    private void setUp(int skus) {
        bench.progress("inventory: %,d SKUs of %s mapped and stocked in the database, shown at Ajio", skus, Bench.STOCK);
        bench.jdbi.useTransaction(h -> {
            h.createUpdate("""
                    insert into sku_mappings (client_id, channel_sku, client_sku)
                    select :c, 'AJ-BS-' || lpad(g::text, 6, '0'), 'BS-' || lpad(g::text, 6, '0')
                    from generate_series(0, :n - 1) g
                    on conflict (client_id, channel_sku) do nothing""")
                    .bind("c", Bench.STOCK).bind("n", skus).execute();
            h.createUpdate("""
                    insert into inventory (client_id, sku, location, on_hand)
                    select :c, 'BS-' || lpad(g::text, 6, '0'), :l, :q
                    from generate_series(0, :n - 1) g
                    on conflict (client_id, sku, location, pool) do update set on_hand = excluded.on_hand""")
                    .bind("c", Bench.STOCK).bind("l", LOCATION).bind("q", START_QUANTITY).bind("n", skus)
                    .execute();
            h.execute("delete from inventory_changes where client_id = ?", Bench.STOCK);
        });
        showAtAjio(skus, START_QUANTITY);
    }

    /** The whole's CPU a second (ns) over 3 s with nothing asked of it. */
    private double idleCpuPerSecond() {
        Cpu before = bench.cpu();
        long start = System.nanoTime();
        Bench.sleep(3_000);
        Cpu used = bench.cpu().minus(before);
        return used.totalNanos() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * {@code n} PUTs one at a time, each writing a SKU's stock as it already is (no change reaches the sync): the
     * gateway's path warmed, and its cost without a queue. p50 and p99, ms.
     */
    private double[] serial(int n) {
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        List<Long> nanos = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                try (okhttp3.Response response = http.newCall(put(clientSku(i), START_QUANTITY)).execute()) {
                    if (response.code() != 200) {
                        throw new IllegalStateException("PUT /inventory answered " + response.code() + " "
                                + response.body().string());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                nanos.add(System.nanoTime() - start);
            }
        } finally {
            http.connectionPool().evictAll();
        }
        nanos.sort(null);
        double[] serial = {Bench.percentile(nanos, 50) / 1e6, Bench.percentile(nanos, 99) / 1e6};
        bench.progress("inventory: %d PUTs one at a time (no change): p50 %.1f ms, p99 %.1f ms", n, serial[0],
                serial[1]);
        Bench.sleep(1_000); // the nudges they sent, and the empty step they woke, end before the measured window
        return serial;
    }

    private void showAtAjio(int skus, int quantity) {
        List<InventoryItem> items = new ArrayList<>(skus);
        for (int i = 0; i < skus; i++) {
            items.add(InventoryItem.of(channelSku(i), quantity));
        }
        bench.sandbox.setAjioInventory(Bench.STOCK, items);
    }

    /** Polls what Ajio shows until every change is there, or the wait is over: the last report either way. */
    private Map<String, FigureReport> awaitShown(List<Change> changes) {
        long deadline = System.nanoTime() + ARRIVAL_WAIT.toNanos();
        while (true) {
            Map<String, FigureReport> shown = shown();
            if (arrivals(changes, shown).missing() == 0 || System.nanoTime() > deadline) {
                return shown;
            }
            Bench.sleep(250);
        }
    }

    private Map<String, FigureReport> shown() {
        Map<String, FigureReport> shown = new HashMap<>();
        bench.sandbox.ajioInventory(Bench.STOCK).items().forEach(f -> shown.put(f.sku(), f));
        return shown;
    }

    /** Every figure of the channel made stale at Ajio, then a reconciliation on demand, timed to its end. */
    private Reconciliation reconcile(int skus) {
        showAtAjio(skus, STALE_QUANTITY);
        bench.progress("inventory: Ajio shows %d of every one of the %,d SKUs; a reconciliation on demand",
                STALE_QUANTITY, skus);
        long[] before = counters();
        Heap.LiveSampler idle = new Heap.LiveSampler(250);
        Bench.sleep(1_250);
        idle.close();
        long baseline = idle.peak();
        // A full collection a second: the reconciliation waits on Ajio's rate limit, not on this process's CPU.
        Heap.LiveSampler sampler = new Heap.LiveSampler(1_000);
        long start = System.nanoTime();
        String id;
        Integer differences;
        try {
            Answer answer = bench.gateway.post("dev-support", "/v1/clients/" + Bench.STOCK
                    + "/channels/ajio/inventory-sync/reconcile", Map.of("reason", "vmsflow bench"));
            if (answer.status() != 202) {
                throw new IllegalStateException("the reconciliation answered " + answer.status() + " "
                        + answer.text());
            }
            id = answer.body().path("reconciliationId").asText();
            differences = awaitReconciled(id);
        } finally {
            sampler.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] after = counters();
        int wrong = wrongAtAjio();
        Reconciliation result = new Reconciliation(skus, id, seconds, differences, wrong, after[0] - before[0],
                after[1] - before[1], baseline, sampler.peak(), sampler.samples());
        bench.progress("inventory: reconciliation %s of %,d SKUs in %.1f s, %s differences, %d calls (%d throttled),"
                        + " %d figures wrong at Ajio after it; live heap %d MB before, at most %d MB during (%d"
                        + " samples)", id, skus, seconds, differences, result.calls(), result.throttled(), wrong,
                baseline >> 20, sampler.peak() >> 20, sampler.samples());
        return result;
    }

    /** Waits for the channel's sync to record the reconciliation's end: its differences. */
    private Integer awaitReconciled(String id) {
        long deadline = System.nanoTime() + RECONCILIATION_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> row = bench.jdbi.withHandle(h -> h.createQuery("select last_reconciliation_id,"
                            + " last_differences from channel_syncs where client_id = :c and channel_id = 'ajio'")
                    .bind("c", Bench.STOCK).mapToMap().findOne().orElse(Map.of()));
            if (id.equals(row.get("last_reconciliation_id"))) {
                return (Integer) row.get("last_differences");
            }
            Bench.sleep(100);
        }
        throw new IllegalStateException("reconciliation " + id + " did not end within " + RECONCILIATION_WAIT);
    }

    /** Channel SKUs whose figure at Ajio is not ours (the database's view of what the channel may show). */
    private int wrongAtAjio() {
        Map<String, FigureReport> shown = shown();
        List<Map.Entry<String, Integer>> ours = bench.jdbi.withHandle(h -> h.createQuery("""
                        select m.channel_sku, a.available from sku_mappings m
                        join channel_sku_available a on a.client_id = m.client_id and a.client_sku = m.client_sku
                        where m.client_id = :c and a.channel_id = 'ajio'""")
                .bind("c", Bench.STOCK).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).list());
        int wrong = 0;
        for (Map.Entry<String, Integer> figure : ours) {
            FigureReport theirs = shown.get(figure.getKey());
            if (theirs == null || theirs.quantity() != figure.getValue()) {
                wrong++;
            }
        }
        return wrong;
    }

    /** The channel's calls to Ajio and the 429s among them so far, from {@code channel_syncs}. */
    private long[] counters() {
        return bench.jdbi.withHandle(h -> h.createQuery("select calls, throttled from channel_syncs"
                        + " where client_id = :c and channel_id = 'ajio'").bind("c", Bench.STOCK)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne().orElse(new long[2]));
    }

    /** The sync's runs, newest last, back to the one that was running at {@code since} (it continues as new). */
    private List<List<HistoryEvent>> runsSince(Instant since) {
        String workflowId = InventorySyncWorkflow.idFor(CHANNEL);
        List<List<HistoryEvent>> runs = new ArrayList<>();
        List<HistoryEvent> run = bench.stack.workflows().fetchHistory(workflowId).getEvents();
        while (true) {
            runs.add(0, run);
            HistoryEvent first = run.get(0);
            String previous = first.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
            if (!time(first).isAfter(since) || previous.isEmpty()) {
                return runs;
            }
            run = bench.stack.workflows().fetchHistory(workflowId, previous).getEvents();
        }
    }

    /** The events of a history from {@code from} to {@code to}, both included. */
    static List<HistoryEvent> within(List<HistoryEvent> events, Instant from, Instant to) {
        return events.stream().filter(e -> !time(e).isBefore(from) && !time(e).isAfter(to)).toList();
    }

    static Instant time(HistoryEvent event) {
        return Instant.ofEpochSecond(event.getEventTime().getSeconds(), event.getEventTime().getNanos());
    }

    /**
     * Each change's time to Ajio: from when it was due to leave to when Ajio's figure of its SKU took the change's
     * value; a change whose figure Ajio does not show (or shows otherwise) is missing.
     */
    static Arrivals arrivals(List<Change> changes, Map<String, FigureReport> shown) {
        List<Long> millis = new ArrayList<>(changes.size());
        int missing = 0;
        for (Change change : changes) {
            FigureReport figure = shown.get(change.channelSku());
            if (figure == null || figure.quantity() != change.quantity() || figure.updatedAt() == null) {
                missing++;
            } else {
                millis.add(Math.max(0, Duration.between(change.at(), figure.updatedAt()).toMillis()));
            }
        }
        millis.sort(null);
        return new Arrivals(millis, missing);
    }

    /** This machine's load average over the last minute (the other processes on its cores), -1 when unknown. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Actions scaled to 1,000 changes. */
    static double perThousand(int actions, int changes) {
        return changes == 0 ? Double.NaN : actions * 1_000.0 / changes;
    }

    /**
     * The least a reconciliation of {@code skus} differences can take at the channel's rate limit: a push per batch
     * and a listing call per page, at {@code callsPerSecond}.
     */
    static double minimumSeconds(int skus, int batch, int page, double callsPerSecond) {
        long calls = (skus + batch - 1) / batch + (skus + page - 1) / page;
        return calls / callsPerSecond;
    }

    /** The 60 s for 10,000 SKUs, in proportion for another size (--quick). */
    static double reconciliationTargetSeconds(int skus) {
        return 60.0 * skus / 10_000;
    }

    static String clientSku(int i) {
        return String.format("BS-%06d", i);
    }

    static String channelSku(int i) {
        return "AJ-" + clientSku(i);
    }

    private Request put(String sku, int quantity) {
        return put(List.of(Map.of("sku", sku, "location", LOCATION, "quantity", quantity)));
    }

    private Request put(List<Map<String, Object>> levels) {
        try {
            return new Request.Builder().url(bench.stack.gatewayUrl() + "/v1/clients/" + Bench.STOCK + "/inventory")
                    .header("Authorization", "Bearer dev-erp-" + Bench.STOCK)
                    .put(RequestBody.create(Json.mapper().writeValueAsBytes(levels), JSON)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
