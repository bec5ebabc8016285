package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing sent twice when the worker dies: 300 orders of both e-invoicing models are in flight at
 * every step when the worker process is killed with SIGKILL, twice, and started again. Every order must reach the
 * status its flow predicts, every call that has an effect at Ajio, the RMS or the ERP must have taken effect once
 * per business key, every ERP posting must be delivered once and every report row must be there.
 *
 * <p>It runs in the Maven profile {@code crash} ({@code mvn -Pcrash -pl launcher verify}), against the cluster
 * {@code TEMPORAL_ADDRESS} names or else the real Temporal server of the Temporal CLI's dev server, with the worker
 * as it runs in production: sticky execution on, so a killed worker's cached workflows wait on its sticky queue until
 * the server gives their tasks to the next worker (5 s). Only on Temporal's in-process test server
 * ({@code -Dvmsflow.temporal=test-server}), which never times a sticky queue out, does the worker run with sticky
 * execution off ({@code worker.stickyScheduleToStartTimeout: 0s}).
 */
@Tag("crash")
class WorkerCrashTest {

    private static final int WAVES = 3;
    private static final int ORDERS_PER_WAVE_AND_CLIENT = 50;

    private static TestDatabase database;
    private static LocalStack stack;
    private static Path workerLog;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        LocalStack.Options options = LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2)))
                .withoutWorker();
        stack = LocalStack.start(new LocalStack.Options(options.configFile(), options.databaseUrl(),
                System.getenv("TEMPORAL_ADDRESS"), options.temporalPort(), options.sandboxPort(), options.gatewayPort(),
                options.gatewayAdminPort(), options.tweak(), false));
        System.out.println("crash test on " + stack.temporalKind().description() + " at " + stack.temporalAddress());
        workerLog = Files.createTempFile("vmsflow-worker-", ".log");

    }

    @AfterAll
    static void stop() {
        stack.close();
        database.close();
    }

    private static Map<String, String> workerEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DATABASE_USER", database.user());
        env.put("TEMPORAL_ADDRESS", stack.temporalAddress());
        env.put("AJIO_URL", stack.sandboxUrl() + "/ajio");
        env.put("RMS_URL", stack.sandboxUrl() + "/rms");
        env.put("ERP_URL_DEMO_ERP", stack.sandboxUrl() + "/erp/demo-erp");
        env.put("DEMO_HOLD", "2s");
        if (stack.temporalKind() == TemporalServer.Kind.TEST_SERVER) {
            // Temporal's in-process test server never times out a sticky queue: a killed worker's would hold its
            // workflows' next tasks forever. A real server hands them to another worker after 5 s.
            env.put("WORKER_STICKY_TIMEOUT", "0s");
        }
        return env;
    }

    @Test
    void ordersInFlightSurviveTwoKillsOfTheWorkerWithEveryOutsideEffectExactlyOnce() throws Exception {
        GatewayClient gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        SandboxClient sandbox = stack.sandbox();
        for (String client : List.of("demo-rms", "demo-erp")) {
            gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings", List.of(
                    Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"),
                    Map.of("channelSku", "AJ-JEANS-32", "clientSku", "JEANS-32")));
            gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings", crashMappings());
            gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/inventory", List.of(
                    Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 10_000),
                    Map.of("sku", "JEANS-32", "location", "WH-BLR", "quantity", 10_000)));
        }
        List<String> erpOrders = new ArrayList<>();
        List<String> rmsOrders = new ArrayList<>();
        Set<String> cancelled = new HashSet<>();
        int kills = 0;
        WorkerProcess worker = WorkerProcess.start(workerEnvironment(), workerLog);
        List<String> all = new ArrayList<>();
        try (Warehouse warehouse = new Warehouse(gateway, List.of("demo-rms", "demo-erp"), cancelled).start()) {
            for (int wave = 0; wave < WAVES; wave++) {
                for (int i = 0; i < ORDERS_PER_WAVE_AND_CLIENT; i++) {
                    rmsOrders.add(sandbox.createOrder("demo-rms", lines(i)).orderId());
                    String erp = sandbox.createOrder("demo-erp", lines(i)).orderId();
                    erpOrders.add(erp);
                    if (i % 10 == 0) {
                        cancelled.add(erp); // the seller cancels it while PROCESSING: after ERP posting
                    }
                }
                warehouse.cancelWhileProcessing(cancelled);
                setCrashStock(gateway, wave);
                Thread.sleep(4_000);
                worker.kill();
                kills++;
                Thread.sleep(1_500);
                worker = WorkerProcess.start(workerEnvironment(), workerLog);
            }
            all.addAll(rmsOrders);
            all.addAll(erpOrders);
            awaitFinal(all, 240_000);
            System.out.printf("crash test: %d orders, %d SIGKILLs of the worker, warehouse %s%n", all.size(), kills,
                    warehouse.figures());
        } finally {
            worker.close();
        }

        Map<String, String> statuses = statuses();
        for (String order : all) {
            assertThat(statuses.get(order)).as("order %s", order)
                    .isEqualTo(cancelled.contains(order) ? "CANCELLED" : "COMPLETED");
        }
        int duplicates = 0;
        for (OutsideSystem system : OutsideSystem.values()) {
            // Each worker process signs in to Ajio once: a new token per restart is a login, not an effect.
            Map<String, Long> applied = new HashMap<>(sandbox.calls(system, null).counts().appliedByBusinessKey());
            applied.keySet().removeIf(key -> key.startsWith("token "));
            duplicates += (int) applied.values().stream().filter(n -> n > 1).count();
            assertThat(applied).as("effects at %s", system).allSatisfy((key, n) -> assertThat(n).as(key).isOne());
        }
        var ajio = sandbox.calls(OutsideSystem.AJIO, null).counts();
        for (String order : all) {
            assertThat(ajio.applied("acknowledge", order)).as("acknowledgement of %s", order).isOne();
        }
        int undelivered = count("select count(*) from erp_postings where delivered_at is null");
        int postings = count("select count(*) from erp_postings");
        assertThat(undelivered).isZero();
        assertThat(postings).as("CREATE and COMPLETE or CANCEL for every ERP order").isEqualTo(2 * erpOrders.size());
        assertThat(sandbox.calls(OutsideSystem.ERP, "posting").counts().appliedByBusinessKey()).hasSize(postings);
        assertThat(count("select count(distinct order_id) from cancelled_after_erp_posting"))
                .as("a report row for every order cancelled after ERP posting").isEqualTo(cancelled.size());
        System.out.printf("crash test: %d ERP postings delivered once each, %d effects applied twice%n", postings,
                duplicates);

        // Stock changed while the worker was killed (the ERP's writes, reservations, consumption at handover):
        // Ajio ends on every figure the database gives, and never sold what it did not show.
        for (String client : List.of("demo-rms", "demo-erp")) {
            Map<String, Integer> expected = Catalogue.expectedAtAjio(stack.jdbi(), client, "");
            Map<String, Integer> shown = Await.until(() -> shownAtAjio(sandbox, client, expected.keySet()),
                    expected::equals, 90_000);
            assertThat(shown).as("what Ajio shows of %s", client).isEqualTo(expected);
            assertThat(sandbox.ajioInventory(client).oversells()).as("oversells of %s", client).isZero();
        }
    }

    private static final int CRASH_SKUS = 20;

    private static List<Map<String, String>> crashMappings() {
        List<Map<String, String>> mappings = new ArrayList<>();
        for (int i = 1; i <= CRASH_SKUS; i++) {
            mappings.add(Map.of("channelSku", "AJ-CRASH-" + i, "clientSku", "CRASH-" + i));
        }
        return mappings;
    }

    /** The ERP sets new stock of every CRASH SKU of both clients, just before the worker is killed. */
    private static void setCrashStock(GatewayClient gateway, int wave) {
        for (String client : List.of("demo-rms", "demo-erp")) {
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int i = 1; i <= CRASH_SKUS; i++) {
                levels.add(Map.of("sku", "CRASH-" + i, "location", "WH-BLR", "quantity", 10 * (wave + 1) + i));
            }
            assertThat(gateway.put("dev-erp-" + client, "/v1/clients/" + client + "/inventory", levels).status())
                    .isEqualTo(200);
        }
    }

    private static Map<String, Integer> shownAtAjio(SandboxClient sandbox, String client, Set<String> skus) {
        Map<String, Integer> shown = new java.util.TreeMap<>();
        sandbox.ajioInventory(client).items().stream().filter(item -> skus.contains(item.sku()))
                .forEach(item -> shown.put(item.sku(), item.quantity()));
        return shown;
    }

    private static NewOrderLine[] lines(int i) {
        return i % 2 == 0
                ? new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1 + i % 3, new BigDecimal("799.00"))}
                : new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00")),
                                      new NewOrderLine("AJ-JEANS-32", 2, new BigDecimal("1999.00"))};
    }

    private static void awaitFinal(List<String> orders, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Map<String, String> statuses = statuses();
            long open = orders.stream().filter(o -> !"COMPLETED".equals(statuses.get(o))
                    && !"CANCELLED".equals(statuses.get(o))).count();
            if (open == 0) {
                return;
            }
            Thread.sleep(1_000);
        }
        Map<String, String> statuses = statuses();
        Map<String, Long> open = new java.util.TreeMap<>();
        orders.stream().filter(o -> !"COMPLETED".equals(statuses.get(o)) && !"CANCELLED".equals(statuses.get(o)))
                .forEach(o -> open.merge(String.valueOf(statuses.get(o)), 1L, Long::sum));
        String stuck = orders.stream().filter(o -> !"COMPLETED".equals(statuses.get(o))
                && !"CANCELLED".equals(statuses.get(o))).findFirst().orElseThrow();
        String client = stack.jdbi().withHandle(h -> h.createQuery("select client_id from orders where order_id = :o")
                .bind("o", stuck).mapTo(String.class).findOne().orElse("demo-rms"));
        var events = stack.workflows().fetchHistory("order:" + client + ":" + stuck).getEvents();
        System.out.println("open orders by status: " + open + "; last events of " + stuck + ":");
        events.subList(Math.max(0, events.size() - 8), events.size()).forEach(e -> System.out.println("  "
                + e.getEventId() + " " + e.getEventType() + " " + e.toString().replace('\n', ' ')
                .substring(0, Math.min(300, e.toString().length()))));
    }

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new HashMap<>();
        stack.jdbi().useHandle(h -> h.createQuery("select order_id, status from orders")
                .map((rs, ctx) -> statuses.put(rs.getString(1), rs.getString(2))).list());
        return statuses;
    }

    private static int count(String sql) {
        return stack.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
