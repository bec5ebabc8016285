package com.vmsflow.launcher.bench;

import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.launcher.LocalLogs;
import com.vmsflow.launcher.LocalStack;
import com.vmsflow.launcher.TemporalServer;
import com.vmsflow.sandbox.config.AjioSettings;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.worker.WorkerRuntime;
import io.dropwizard.util.Duration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./vmsflow bench}: the whole system against its own floor, on the in-process Temporal test server and on the
 * real Temporal server of the dev server, one after the other, each on a fresh stack; one table of figures beside
 * their targets, a column per server.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Start the local stack (embedded PostgreSQL unless DATABASE_URL) on each Temporal in turn (the"
                + " in-process test server, then the Temporal CLI's dev server; TEMPORAL_ADDRESS: that cluster"
                + " only), measure lifecycle, ingestion, gateway, cost, memory and reports, print one table with a"
                + " column per server (docs/bench.md).")
public final class BenchCommand implements Callable<Integer> {

    /**
     * In the order they run. The gateway and the reports go before the lifecycle: the in-process test server keeps
     * every history in this process's heap, and after 20,000 orders its collections pause the gateway too (in
     * production the gateway has a process of its own).
     */
    static final List<String> MEASUREMENTS = List.of("cost", "gateway", "reports", "inventory", "lifecycle",
            "ingestion", "memory", "routing");

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

    @Option(names = "--inventory-skus", description = "SKUs of the inventory sync's client, all reconciled"
            + " (default 10000; quick 1000)")
    Integer inventorySkus;

    @Option(names = "--stock-rate", description = "stock changes a second through the gateway (default 200)")
    Integer stockRate;

    @Option(names = "--stock-per-put", description = "stock changes a PUT carries, as a WMS sends what changed since"
            + " its last call (default 10: every 50 ms at 200 a second; 1: a request per change)")
    Integer stockPerPut;

    @Option(names = "--stock-seconds", description = "seconds of stock changes, at most one per SKU (default 30;"
            + " quick 5)")
    Integer stockSeconds;

    @Option(names = "--routing-orders", description = "web store orders routed, 50 locations and 10,000 SKUs"
            + " (default 2000; quick 500)")
    Integer routingOrders;

    @Option(names = "--only", split = ",", description = "some of: ${COMPLETION-CANDIDATES}",
            completionCandidates = Candidates.class)
    List<String> only;

    @Option(names = "--stock-test-server", description = "leave the in-process Temporal test server's timer log as"
            + " it is (its cost grows with every task it has run; docs/bench.md)")
    boolean stockTestServer;

    @Option(names = "--temporal", description = "both (default: the test server, then the dev server, each on a"
            + " fresh stack), dev-server or test-server; ignored when TEMPORAL_ADDRESS names a cluster (then one"
            + " column, the cluster)", defaultValue = "both")
    String temporal;

    @Option(names = "--config", description = "configuration file (default: ${DEFAULT-VALUE})",
            defaultValue = "config/local.yml")
    Path config;

    /** The sandbox's Ajio settings of the stack under way: its inventory batch and rate limit. */
    private AjioSettings sandboxAjio;

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
                pick(seconds, 30, 10), pick(parkedOrders, 10_000, 1_000), pick(reportRows, 1_000_000, 100_000),
                pick(inventorySkus, 10_000, 1_000), pick(stockRate, 200, 200), pick(stockPerPut, 10, 10),
                pick(stockSeconds, 30, 5), RoutingBench.SKUS, pick(routingOrders, 2_000, 500));
        Set<String> selected = new LinkedHashSet<>();
        for (String s : MEASUREMENTS) {
            if (only == null || only.isEmpty() || only.contains(s)) {
                selected.add(s); // in the order they run, whatever the order given
            }
        }
        for (String s : only == null ? List.<String>of() : only) {
            if (!MEASUREMENTS.contains(s)) {
                throw new IllegalArgumentException("--only takes " + MEASUREMENTS + ", not " + s);
            }
        }
        List<Server> servers = servers(temporal, System.getenv("TEMPORAL_ADDRESS"));
        LocalLogs.start(config, LocalLogs.BENCH_FILE);
        out.println("Logs: " + LocalLogs.BENCH_FILE.toAbsolutePath());
        long started = System.nanoTime();
        out.printf("VMS Flow bench: %s%n", sizes);
        out.printf("On %s, one after the other, each on a fresh local stack (%s PostgreSQL); %d cores, max heap %d"
                        + " MB.%n", servers.stream().map(Server::column).toList(),
                System.getenv("DATABASE_URL") == null ? "embedded" : "DATABASE_URL",
                Runtime.getRuntime().availableProcessors(), Heap.maxHeap() >> 20);
        BenchReport report = new BenchReport(sizes);
        for (Server server : servers) {
            report.column(server.column());
            out.printf("%n== %s: starting the local stack...%n", server.column());
            run(server, selected, sizes, report, out);
        }
        out.println();
        report.print(out, (System.nanoTime() - started) / 1e9);
        return report.anyFailed() ? 1 : 0;
    }

    /** A column of the table: the Temporal it ran on. */
    record Server(String column, TemporalServer.Choice choice, String clusterAddress) {
    }

    /**
     * The Temporals to run on, in order: the cluster {@code TEMPORAL_ADDRESS} names, alone; else as {@code --temporal}
     * says, both being the test server then the dev server.
     */
    static List<Server> servers(String temporal, String clusterAddress) {
        if (clusterAddress != null && !clusterAddress.isBlank()) {
            return List.of(new Server("cluster", null, clusterAddress));
        }
        Server test = new Server("test server", TemporalServer.Choice.TEST_SERVER, null);
        Server dev = new Server("dev server", TemporalServer.Choice.DEV_SERVER, null);
        return switch (temporal == null ? "both" : temporal.trim().toLowerCase(Locale.ROOT)) {
            case "both" -> List.of(test, dev);
            case "test-server" -> List.of(test);
            case "dev-server" -> List.of(dev);
            default -> throw new IllegalArgumentException("--temporal takes both, dev-server or test-server, not "
                    + temporal);
        };
    }

    /** Every selected measurement on one fresh stack; a failure is reported in this column's cells, the rest run. */
    private void run(Server server, Set<String> selected, Sizes sizes, BenchReport report, PrintStream out) {
        LocalStack.Options options = new LocalStack.Options(config, System.getenv("DATABASE_URL"),
                server.clusterAddress(), LocalStack.freePort(), 0, LocalStack.freePort(), LocalStack.freePort(),
                BenchCommand::tweak, true).withConfiguration(c -> LocalLogs.toFile(c, LocalLogs.BENCH_FILE))
                .withSandbox(s -> sandboxAjio = s.ajio);
        if (server.choice() != null) {
            options = options.withTemporal(server.choice());
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(options);
        } catch (RuntimeException e) {
            failedToStart(report, selected, e, out);
            return;
        }
        try (stack) {
            Bench bench;
            try {
                bench = prepare(stack, report, out);
            } catch (RuntimeException e) {
                failedToStart(report, selected, e, out);
                return;
            }
            measure(bench, stack, selected, sizes, report);
        }
    }

    /** The bench on a started stack: the test server's timer log swapped (unless told not to), the data seeded. */
    private Bench prepare(LocalStack stack, BenchReport report, PrintStream out) {
        Bench bench = new Bench(stack, out);
        Boolean patched = null;
        if (stack.temporalKind() == TemporalServer.Kind.TEST_SERVER) {
            patched = !stockTestServer && TestServerTimerLog.replace(stack);
            if (patched) {
                out.println("The in-process test server's timer log is replaced (--stock-test-server keeps it).");
            }
        }
        report.server(stack.temporalKind().description(), stack.temporalAddress(), patched);
        stack.temporalLog().ifPresent(log -> bench.progress("the Temporal server's log: %s", log.toAbsolutePath()));
        seed(bench);
        return bench;
    }

    private void measure(Bench bench, LocalStack stack, Set<String> selected, Sizes sizes, BenchReport report) {
        Map<String, CostBench.Variant> variants = null;
        if (selected.contains("cost") || selected.contains("lifecycle")) {
            variants = attempt(bench, report, "cost", () -> {
                Map<String, CostBench.Variant> v = new CostBench(bench).run();
                report.cost(v);
                return v;
            });
            if (variants == null && selected.contains("lifecycle")) {
                report.notRun("lifecycle", "its floor is made from the cost run's histories, and cost failed");
            }
        }
        if (selected.contains("gateway")) {
            attempt(bench, report, "gateway", () -> {
                report.gateway(new GatewayBench(bench).run(sizes.rate(), quick ? 2 : 5, sizes.seconds(), 40));
                return true;
            });
        }
        if (selected.contains("reports")) {
            attempt(bench, report, "reports", () -> {
                report.reports(new ReportBench(bench).run(sizes.reportRows()));
                return true;
            });
        }
        if (selected.contains("inventory")) {
            attempt(bench, report, "inventory", () -> {
                InventoryBench.Limits limits = new InventoryBench.Limits(sandboxAjio.inventoryBatchSize,
                        sandboxAjio.inventoryCallsPerSecond, stack.config().ajio.inventoryBatchSize,
                        stack.config().ajio.inventoryCallsPerSecond);
                report.inventory(new InventoryBench(bench).run(sizes.inventorySkus(), sizes.stockRate(),
                        sizes.stockPerPut(), sizes.stockSeconds(), limits));
                return true;
            });
        }
        if (selected.contains("lifecycle") && variants != null) {
            CostBench.Variant rmsHappy = variants.get("RMS happy path");
            CostBench.Variant erpHappy = variants.get("ERP happy path");
            attempt(bench, report, "lifecycle", () -> {
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
                return true;
            });
        }
        boolean memory = selected.contains("memory");
        boolean inProcess = stack.temporalKind() == TemporalServer.Kind.TEST_SERVER;
        if (selected.contains("ingestion")) {
            boolean together = memory && sizes.parkedOrders() == sizes.ingestionOrders();
            Object done = attempt(bench, report, "ingestion", () -> {
                IngestionBench.Result ingestion = new IngestionBench(bench).run(sizes.ingestionOrders(), together);
                report.ingestion(ingestion);
                if (together) {
                    report.memory(ingestion, cacheSize(stack), workflowThreads(stack), inProcess,
                            ingestion.serverRssDelta());
                }
                return true;
            });
            if (together) {
                if (done == null) {
                    report.notRun("memory", "measured on the ingestion's orders, and the ingestion failed");
                }
                memory = false;
            }
        }
        if (selected.contains("routing")) {
            ClientSettings omni = stack.config().clients.stream()
                    .filter(c -> c.clientId.equals(RoutingBench.CLIENT)).findFirst().orElseThrow();
            attempt(bench, report, "routing", () -> {
                report.routing(new RoutingBench(bench).run(omni, sizes.routingSkus(), sizes.routingOrders()));
                return true;
            });
        }
        if (memory) {
            attempt(bench, report, "memory", () -> {
                IngestionBench.Result parked = new IngestionBench(bench).run(sizes.parkedOrders(), true);
                report.memory(parked, cacheSize(stack), workflowThreads(stack), inProcess, parked.serverRssDelta());
                return true;
            });
        }
    }

    /** Runs one measurement; if it throws, its cells in this column say so and null is returned. */
    private static <T> T attempt(Bench bench, BenchReport report, String measurement, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            bench.progress("%s FAILED: %s", measurement, e);
            e.printStackTrace(bench.out);
            report.failed(measurement, brief(e));
            return null;
        }
    }

    private static void failedToStart(BenchReport report, Set<String> selected, RuntimeException e, PrintStream out) {
        out.println("The stack did not start: " + e);
        e.printStackTrace(out);
        report.stackFailed(brief(e));
        for (String measurement : selected) {
            report.notRun(measurement, "the stack did not start");
        }
        if (selected.contains("lifecycle")) {
            report.notRun("cost", "the stack did not start");
        }
    }

    /** An exception in a table cell: its class and the first line of its message, at most 120 characters. */
    static String brief(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String text = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    /** The sizes of one run. */
    record Sizes(int lifecycleOrders, int ingestionOrders, int rate, int seconds, int parkedOrders, int reportRows,
                 int inventorySkus, int stockRate, int stockPerPut, int stockSeconds, int routingSkus,
                 int routingOrders) {
        @Override
        public String toString() {
            return String.format("%,d lifecycle orders per model, %,d ingestion orders, %d req/s x %d s per gateway"
                            + " endpoint, %,d parked orders, %,d report rows, %,d inventory SKUs with %d stock"
                            + " changes/s (%d a PUT) x %d s, %,d web store orders routed over %d locations x %,d"
                            + " SKUs", lifecycleOrders, ingestionOrders, rate, seconds,
                    parkedOrders, reportRows, inventorySkus, stockRate, stockPerPut, stockSeconds, routingOrders,
                    RoutingBench.LOCATIONS, routingSkus);
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
     * hour's hold, a client of the inventory measurement's own, a sync window overlap of 15 s (the sandbox stamps orders as it makes them, so none arrives late)
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
        config.clients.add(benchClient(template, Bench.PARK, "Bench: orders parked in the hold", "BP",
                Duration.hours(Bench.PARK_HOLD.toHours())));
        config.devKeys.add(devKey("SELLER", Bench.PARK));
        config.devKeys.add(devKey("WAREHOUSE", Bench.PARK));
        ClientSettings stock = benchClient(template, Bench.STOCK, "Bench: the inventory sync", "BS",
                template.acknowledgementHold);
        // Its own Ajio seller account (and rate limit), no units kept back.
        stock.stockBuffer = 0;
        config.clients.add(stock);
        config.devKeys.add(devKey("ERP", Bench.STOCK));
        config.clients.add(RoutingBench.client(benchClient(template, RoutingBench.CLIENT,
                "Bench: web store routing", "BO", template.acknowledgementHold)));
        config.sync.windowOverlap = Duration.seconds(15);
        config.gateway.requestsPerSecondPerKey = 1_000_000;
    }

    /** A client of the bench's own, made like {@code template} (its models, secrets and deadlines). */
    private static ClientSettings benchClient(ClientSettings template, String clientId, String name,
                                              String invoicePrefix, Duration hold) {
        ClientSettings client = new ClientSettings();
        client.clientId = clientId;
        client.name = name;
        client.ajioSellerId = clientId;
        client.ajioSecret = template.ajioSecret;
        client.supplierGstin = template.supplierGstin;
        client.eInvoicingModel = template.eInvoicingModel;
        client.returnModel = template.returnModel;
        client.postingMode = template.postingMode;
        client.acknowledgementHold = hold;
        client.erpInvoiceDeadline = template.erpInvoiceDeadline;
        client.invoicePrefix = invoicePrefix;
        return client;
    }

    /** The development key {@code dev-<role>-<client>}, as the README names them. */
    private static DevKey devKey(String role, String clientId) {
        DevKey key = new DevKey();
        key.key = "dev-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + clientId;
        key.role = role;
        key.clientId = clientId;
        return key;
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
}
