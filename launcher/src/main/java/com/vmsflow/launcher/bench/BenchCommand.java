package com.vmsflow.launcher.bench;

import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.launcher.LocalStack;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.worker.WorkerRuntime;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./vmsflow bench}: the whole system against its own floor, one table of figures beside their targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Start the local stack (embedded PostgreSQL unless DATABASE_URL; in-process Temporal test"
                + " server), measure lifecycle, ingestion, gateway, cost, memory and reports, print one table"
                + " (docs/bench.md).")
public final class BenchCommand implements Callable<Integer> {

    /**
     * In the order they run. The gateway and the reports go before the lifecycle: the in-process test server keeps
     * every history in this process's heap, and after 20,000 orders its collections pause the gateway too (in
     * production the gateway has a process of its own).
     */
    static final List<String> MEASUREMENTS = List.of("cost", "gateway", "reports", "lifecycle", "ingestion",
            "memory");

    @Option(names = "--quick", description = "every size about ten times smaller (a run of a few minutes)")
    boolean quick;

    @Option(names = "--lifecycle-orders", description = "orders per model (default 5000; quick 500)")
    Integer lifecycleOrders;

    @Option(names = "--ingestion-orders", description = "orders waiting in the sandbox (default 10000; quick 1000)")
    Integer ingestionOrders;

    @Option(names = "--rate", description = "gateway requests a second, per endpoint (default 200)")
    Integer rate;

    @Option(names = "--seconds", description = "gateway load duration in seconds (default 30; quick 10)")
    Integer seconds;

    @Option(names = "--parked-orders", description = "orders parked in the hold (default 10000; quick 1000)")
    Integer parkedOrders;

    @Option(names = "--report-rows", description = "report rows exported (default 1000000; quick 100000)")
    Integer reportRows;

    @Option(names = "--only", split = ",", description = "some of: ${COMPLETION-CANDIDATES}",
            completionCandidates = Candidates.class)
    List<String> only;

    @Option(names = "--stock-test-server", description = "leave the in-process Temporal test server's timer log as"
            + " it is (its cost grows with every task it has run; docs/bench.md)")
    boolean stockTestServer;

    @Option(names = "--config", description = "configuration file (default: ${DEFAULT-VALUE})",
            defaultValue = "config/local.yml")
    Path config;

    static final class Candidates extends ArrayList<String> {
        Candidates() {
            super(MEASUREMENTS);
        }
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Sizes sizes = new Sizes(
                pick(lifecycleOrders, 5_000, 500), pick(ingestionOrders, 10_000, 1_000), pick(rate, 200, 200),
                pick(seconds, 30, 10), pick(parkedOrders, 10_000, 1_000), pick(reportRows, 1_000_000, 100_000));
        Set<String> selected = new LinkedHashSet<>(only == null || only.isEmpty() ? MEASUREMENTS : only);
        for (String s : selected) {
            if (!MEASUREMENTS.contains(s)) {
                throw new IllegalArgumentException("--only takes " + MEASUREMENTS + ", not " + s);
            }
        }
        long started = System.nanoTime();
        out.printf("VMS Flow bench: %s%n%n", sizes);
        out.printf("Starting the local stack (%s PostgreSQL, in-process Temporal test server), %d cores, max heap %d"
                        + " MB...%n", System.getenv("DATABASE_URL") == null ? "embedded" : "DATABASE_URL",
                Runtime.getRuntime().availableProcessors(), Heap.maxHeap() >> 20);
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(config, System.getenv("DATABASE_URL"), null,
                freePort(), 0, freePort(), freePort(), BenchCommand::tweak, true))) {
            Bench bench = new Bench(stack, out);
            boolean patched = !stockTestServer && TestServerTimerLog.replace(stack);
            if (patched) {
                out.println("The in-process test server's timer log is replaced (--stock-test-server keeps it).");
            }
            seed(bench);
            BenchReport report = new BenchReport(sizes);
            report.server(stack.temporalAddress(), System.getenv("TEMPORAL_ADDRESS") == null, patched);
            CostBench.Variant rmsHappy = null;
            CostBench.Variant erpHappy = null;
            if (selected.contains("cost") || selected.contains("lifecycle")) {
                Map<String, CostBench.Variant> variants = new CostBench(bench).run();
                report.cost(variants);
                rmsHappy = variants.get("RMS happy path");
                erpHappy = variants.get("ERP happy path");
            }
            if (selected.contains("gateway")) {
                report.gateway(new GatewayBench(bench).run(sizes.rate(), quick ? 2 : 5, sizes.seconds(), 40));
            }
            if (selected.contains("reports")) {
                report.reports(new ReportBench(bench).run(sizes.reportRows()));
            }
            if (selected.contains("lifecycle")) {
                try (LifecycleBench lifecycle = new LifecycleBench(bench)) {
                    int n = sizes.lifecycleOrders();
                    LifecycleBench.Result rms = lifecycle.real(Bench.RMS, n, "rms");
                    LifecycleBench.Result erp = lifecycle.real(Bench.ERP, n, "erp");
                    FloorPlan rmsPlan = FloorPlan.fromHistory(rmsHappy.history());
                    FloorPlan erpPlan = FloorPlan.fromHistory(erpHappy.history());
                    LifecycleBench.Result rmsFloor = lifecycle.floor("RMS", rmsPlan, n, "rms");
                    LifecycleBench.Result erpFloor = lifecycle.floor("ERP", erpPlan, n, "erp");
                    report.lifecycle(rms, rmsFloor, rmsPlan, erp, erpFloor, erpPlan);
                }
            }
            boolean memory = selected.contains("memory");
            if (selected.contains("ingestion")) {
                IngestionBench.Result ingestion = new IngestionBench(bench).run(sizes.ingestionOrders(),
                        memory && sizes.parkedOrders() == sizes.ingestionOrders());
                report.ingestion(ingestion);
                if (memory && sizes.parkedOrders() == sizes.ingestionOrders()) {
                    report.memory(ingestion, cacheSize(stack), workflowThreads(stack));
                    memory = false;
                }
            }
            if (memory) {
                report.memory(new IngestionBench(bench).run(sizes.parkedOrders(), true), cacheSize(stack),
                        workflowThreads(stack));
            }
            out.println();
            report.print(out, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /** The sizes of one run. */
    record Sizes(int lifecycleOrders, int ingestionOrders, int rate, int seconds, int parkedOrders, int reportRows) {
        @Override
        public String toString() {
            return String.format("%,d lifecycle orders per model, %,d ingestion orders, %d req/s x %d s per gateway"
                            + " endpoint, %,d parked orders, %,d report rows", lifecycleOrders, ingestionOrders, rate,
                    seconds, parkedOrders, reportRows);
        }
    }

    private static int cacheSize(LocalStack stack) {
        return WorkerRuntime.factoryOptions(stack.config().worker).getWorkflowCacheSize();
    }

    /** The worker's workflow threads (the SDK's default, 600, when not set): the cache holds no more. */
    private static int workflowThreads(LocalStack stack) {
        int threads = WorkerRuntime.factoryOptions(stack.config().worker).getMaxWorkflowThreadCount();
        return threads > 0 ? threads : 600;
    }

    private int pick(Integer given, int full, int quickSize) {
        return given != null ? given : quick ? quickSize : full;
    }

    /**
     * The bench's configuration on top of the local one: a 1 s hold for the demo clients, a parking client with an
     * hour's hold, a sync window overlap of 15 s (the sandbox stamps orders as it makes them, so none arrives late)
     * and no per-key rate limit in the way of the load.
     */
    static void tweak(VmsFlowConfiguration config) {
        ClientSettings template = null;
        for (ClientSettings client : config.clients) {
            client.acknowledgementHold = Duration.milliseconds(Bench.HOLD.toMillis());
            if (client.clientId.equals(Bench.RMS)) {
                template = client;
            }
        }
        if (template == null) {
            throw new IllegalStateException("the configuration has no client " + Bench.RMS);
        }
        ClientSettings park = new ClientSettings();
        park.clientId = Bench.PARK;
        park.name = "Bench: orders parked in the hold";
        park.ajioSellerId = Bench.PARK;
        park.ajioSecret = template.ajioSecret;
        park.supplierGstin = template.supplierGstin;
        park.eInvoicingModel = template.eInvoicingModel;
        park.returnModel = template.returnModel;
        park.postingMode = template.postingMode;
        park.acknowledgementHold = Duration.hours(Bench.PARK_HOLD.toHours());
        park.erpInvoiceDeadline = template.erpInvoiceDeadline;
        park.invoicePrefix = "BP";
        config.clients.add(park);
        for (String role : List.of("SELLER", "WAREHOUSE")) {
            DevKey key = new DevKey();
            key.key = "dev-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + Bench.PARK;
            key.role = role;
            key.clientId = Bench.PARK;
            config.devKeys.add(key);
        }
        config.sync.windowOverlap = Duration.seconds(15);
        config.gateway.requestsPerSecondPerKey = 1_000_000;
    }

    /** SKU mappings and plenty of stock for every client; the sandbox's ERPs answer at once. */
    private static void seed(Bench bench) {
        for (String client : List.of(Bench.RMS, Bench.ERP, Bench.PARK)) {
            List<Map<String, Object>> mappings = new ArrayList<>();
            List<Map<String, Object>> stock = new ArrayList<>();
            for (String channelSku : Bench.CHANNEL_SKUS) {
                mappings.add(Map.of("channelSku", channelSku, "clientSku", Bench.clientSku(channelSku)));
                stock.add(Map.of("sku", Bench.clientSku(channelSku), "location", "WH-BLR", "quantity", 10_000_000));
            }
            expect(bench.gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings", mappings),
                    "mappings");
            expect(bench.gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/inventory", stock),
                    "inventory");
        }
        bench.sandbox.erpBehaviour(Bench.ERP, new ErpBehaviour(0L, false));
    }

    private static void expect(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered " + answer.status() + " " + answer.text());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
