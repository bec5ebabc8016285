package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unavailable for 30 s in the middle of a run: the whole local stack (gateway, worker, its activities
 * and local activities) reaches PostgreSQL through a TCP proxy that the test cuts (every connection dropped, new
 * ones refused) while orders of both e-invoicing models are at every step. Meanwhile the gateway answers 503
 * UNAVAILABLE with Retry-After in the API's error shape; activities fail and Temporal retries them. Once PostgreSQL
 * is back every order completes and every outside effect happened exactly once.
 */
class DatabaseOutageTest {

    private static final long OUTAGE_MILLIS = 30_000;
    private static final int ORDERS_PER_CLIENT = 6;

    private static TestDatabase database;
    private static TcpProxy proxy;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.start(server.getHost(), server.getPort());
        String proxied = database.jdbcUrl().replace(server.getHost() + ":" + server.getPort(),
                "127.0.0.1:" + proxy.port());
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"), proxied,
                config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2));
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        sandbox = stack.sandbox();
        Catalogue.stock(gateway, List.of("demo-rms", "demo-erp"), 1_000);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void thirtySecondsWithoutPostgresqlLoseNothingAndTheGatewayAnswers503Meanwhile() throws Exception {
        List<String> orders = new ArrayList<>();
        Map<String, String> statusesAtCut;
        List<Answer> duringCut = new ArrayList<>();
        long restoredAt;
        try (Warehouse warehouse = new Warehouse(gateway, List.of("demo-rms", "demo-erp"), Set.of()).start()) {
            for (int i = 0; i < ORDERS_PER_CLIENT / 2; i++) {
                orders.add(sandbox.createOrder("demo-rms", lines(i)).orderId());
                orders.add(sandbox.createOrder("demo-erp", lines(i)).orderId());
            }
            // The first wave moves on towards packing and handover while the second is fetched and held.
            awaitStatuses(orders, Set.of("PACKED", "HANDED_OVER", "COMPLETED"), 1, 60_000);
            for (int i = ORDERS_PER_CLIENT / 2; i < ORDERS_PER_CLIENT; i++) {
                orders.add(sandbox.createOrder("demo-rms", lines(i)).orderId());
                orders.add(sandbox.createOrder("demo-erp", lines(i)).orderId());
            }
            Thread.sleep(1_500);
            statusesAtCut = statuses(orders);

            proxy.cut();
            long cutAt = System.currentTimeMillis();
            while (System.currentTimeMillis() - cutAt < OUTAGE_MILLIS - 2_000) {
                duringCut.add(gateway.get("dev-support", "/v1/clients/demo-rms/orders?status=PROCESSING"));
                duringCut.add(gateway.put("dev-warehouse-demo-erp", "/v1/clients/demo-erp/inventory",
                        List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 1_000))));
                duringCut.add(gateway.get("vf_a-key-never-seen-so-not-remembered", "/v1/clients/demo-rms/orders"));
                Thread.sleep(3_000);
            }
            Thread.sleep(Math.max(0, OUTAGE_MILLIS - (System.currentTimeMillis() - cutAt)));
            proxy.restore();
            restoredAt = System.currentTimeMillis();

            awaitStatuses(orders, Set.of("COMPLETED"), orders.size(), 150_000);
            System.out.printf("database outage: %d orders (%s at the cut), PostgreSQL cut for %d s, %d gateway"
                            + " answers during the cut all 503; every order COMPLETED %d s after it came back;"
                            + " warehouse %s%n", orders.size(), countByStatus(statusesAtCut), OUTAGE_MILLIS / 1_000,
                    duringCut.size(), (System.currentTimeMillis() - restoredAt) / 1_000, warehouse.figures());
        }

        assertThat(new HashSet<>(statusesAtCut.values())).as("orders were at several steps when PostgreSQL went")
                .hasSizeGreaterThan(1);
        for (Answer answer : duringCut) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(503);
            assertThat(answer.code()).isEqualTo("UNAVAILABLE");
            assertThat(answer.body().path("message").asText()).isNotBlank().doesNotContain("Exception");
            assertThat(answer.body().path("details").isObject()).isTrue();
        }
        assertThat(duringCut).hasSizeGreaterThanOrEqualTo(9);

        OutsideEffects.nothingAppliedTwice(sandbox);
        var ajio = sandbox.calls(OutsideSystem.AJIO, null).counts();
        for (String order : orders) {
            assertThat(ajio.applied("acknowledge", order)).as("acknowledgement of %s", order).isOne();
            assertThat(ajio.applied("uploadB2bInvoice", order)).as("B2B invoice of %s", order).isOne();
        }
        Jdbi direct = database.jdbi();
        int erpOrders = ORDERS_PER_CLIENT;
        assertThat(count(direct, "select count(*) from erp_postings where delivered_at is not null"))
                .as("OUTWARD_ORDER_CREATE and OUTWARD_ORDER_COMPLETE of every ERP order, delivered")
                .isEqualTo(2 * erpOrders);
        assertThat(count(direct, "select count(*) from erp_postings")).isEqualTo(2 * erpOrders);
        assertThat(count(direct, "select count(*) from order_status_history h join orders o using (client_id,"
                + " order_id) where h.status = 'COMPLETED'")).as("the read model's history").isEqualTo(orders.size());
    }

    /** Two kinds of order: one line, or two lines of two SKUs. */
    private static NewOrderLine[] lines(int i) {
        return i % 2 == 0
                ? new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1 + i % 3, new BigDecimal("799.00"))}
                : new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00")),
                                      new NewOrderLine("AJ-JEANS-32", 2, new BigDecimal("1999.00"))};
    }

    /** Waits until at least {@code atLeast} of the orders have one of the statuses (read from PostgreSQL). */
    private static void awaitStatuses(List<String> orders, Set<String> wanted, int atLeast, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, String> statuses = Map.of();
        while (System.currentTimeMillis() < deadline) {
            try {
                statuses = statuses(orders);
                if (statuses.values().stream().filter(wanted::contains).count() >= atLeast) {
                    return;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("fewer than " + atLeast + " orders reached " + wanted + ": " + statuses);
    }

    private static Map<String, String> statuses(List<String> orders) {
        Map<String, String> statuses = new HashMap<>();
        database.jdbi().useHandle(h -> h.createQuery("select order_id, status from orders where order_id in (<ids>)")
                .bindList("ids", orders)
                .map((rs, ctx) -> statuses.put(rs.getString(1), rs.getString(2))).list());
        orders.forEach(o -> statuses.putIfAbsent(o, "NOT_FETCHED"));
        return statuses;
    }

    private static Map<String, Long> countByStatus(Map<String, String> statuses) {
        Map<String, Long> counts = new TreeMap<>();
        statuses.values().forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts;
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
