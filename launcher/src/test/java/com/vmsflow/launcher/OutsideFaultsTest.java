package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.json.Json;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import com.vmsflow.sandbox.faults.FaultSettings;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of the outside systems: with Ajio, the RMS and the ERP answering 20% 503, 10% 429 and losing 5% of their
 * answers (the call takes effect, the caller times out), each after 200 ms, orders of both e-invoicing models all
 * complete, nothing reaches a receiving side twice (idempotency keys), no order needs support, and retries stay
 * bounded: the figures (faults injected, activity attempts from the workflow histories) are printed. And a refusal
 * that no retry can cure (an Ajio 4xx) is not retried but shows as the order waiting for SUPPORT.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutsideFaultsTest {

    private static final int ORDERS_PER_CLIENT = 20;
    /** A refusal is never retried; a transient fault at most this often in a row for one call (35% of calls fail). */
    private static final int MAX_ATTEMPTS = 12;
    private static final MediaType JSON = MediaType.get("application/json");

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static SandboxClient sandbox;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        LocalStack.Options options = LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(2));
                    config.sync.pollInterval = Duration.milliseconds(300);
                    // A lost answer is held 3 s: the clients give up just before, so the test stays short.
                    config.ajio.readTimeout = Duration.milliseconds(2_500);
                    config.rms.readTimeout = Duration.milliseconds(2_500);
                    config.erp.readTimeout = Duration.milliseconds(2_500);
                });
        stack = LocalStack.start(options.withSandbox(sandboxConfig -> {
            sandboxConfig.lostResponseDelay = Duration.seconds(3);
            sandboxConfig.faultSeed = 20_261_123L; // the same dice each run
        }));
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        sandbox = stack.sandbox();
        for (String client : List.of("demo-rms", "demo-erp")) {
            assertThat(gateway.put("dev-seller-" + client, "/v1/clients/" + client + "/sku-mappings",
                    List.of(Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"),
                            Map.of("channelSku", "AJ-JEANS-32", "clientSku", "JEANS-32"),
                            Map.of("channelSku", "AJ-SOCKS", "clientSku", "SOCKS"))).status()).isEqualTo(200);
            assertThat(gateway.put("dev-warehouse-" + client, "/v1/clients/" + client + "/inventory",
                    List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 1_000),
                            Map.of("sku", "JEANS-32", "location", "WH-BLR", "quantity", 1_000))).status())
                    .isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * Someone acknowledged the order by hand at Ajio's seller portal, shipping a line we have no stock for: our
     * acknowledgement (that line rejected) is refused 409 ALREADY_ACKNOWLEDGED. No retry can cure it, so it is not
     * retried; the order shows that it waits for SUPPORT, with Ajio's reason.
     */
    @Test
    @Order(1)
    void aRefusalByAjioIsNotRetriedButLeavesTheOrderWaitingForSupport() throws Exception {
        String orderId = sandbox.createOrder("demo-rms", new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00")),
                new NewOrderLine("AJ-SOCKS", 1, new BigDecimal("299.00"))).orderId();
        acknowledgeByHandAtAjio("demo-rms", orderId, Map.of("1", 1, "2", 1));

        JsonNode order = awaitOrder("demo-rms", orderId, o -> o.path("waitingFor").asText().equals("SUPPORT"));

        assertThat(order.path("problem").asText()).contains("ALREADY_ACKNOWLEDGED");
        assertThat(order.path("status").asText()).isNotIn("COMPLETED", "CANCELLED");
        var acknowledgements = sandbox.calls(OutsideSystem.AJIO, "acknowledge").calls().stream()
                .filter(c -> orderId.equals(c.businessKey())).toList();
        assertThat(acknowledgements).extracting(CallRecord::outcome)
                .as("ours by hand, then the workflow's once: a refusal is not retried")
                .containsExactly(Outcome.APPLIED, Outcome.REFUSED);
        Thread.sleep(3_000);
        assertThat(sandbox.calls(OutsideSystem.AJIO, "acknowledge").calls().stream()
                .filter(c -> orderId.equals(c.businessKey())).count()).as("still not retried").isEqualTo(2);
        assertThat(gateway.get("dev-seller-demo-rms", "/v1/clients/demo-rms/orders/" + orderId).body()
                .path("waitingFor").asText()).isEqualTo("SUPPORT");
    }

    @Test
    @Order(2)
    void underFaultsEveryOrderCompletesWithEveryEffectOnceAndBoundedRetries() throws Exception {
        sandbox.clearCalls();
        for (OutsideSystem system : OutsideSystem.values()) {
            sandbox.setFaults(new FaultSettings(system, 200, 0.20, 0.10, 0.05));
        }
        List<String> rmsOrders = new ArrayList<>();
        List<String> erpOrders = new ArrayList<>();
        long started = System.currentTimeMillis();
        try (Warehouse warehouse = new Warehouse(gateway, List.of("demo-rms", "demo-erp"), Set.of()).start()) {
            for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
                rmsOrders.add(sandbox.createOrder("demo-rms", lines(i)).orderId());
                erpOrders.add(sandbox.createOrder("demo-erp", lines(i)).orderId());
            }
            awaitCompleted(rmsOrders, erpOrders, 420_000);
        } finally {
            sandbox.clearFaults();
        }
        long seconds = (System.currentTimeMillis() - started) / 1_000;

        Map<OutsideSystem, Long> faults = new EnumMap<>(OutsideSystem.class);
        Map<OutsideSystem, Long> replayed = new EnumMap<>(OutsideSystem.class);
        Map<OutsideSystem, Integer> calls = new EnumMap<>(OutsideSystem.class);
        int duplicates = 0;
        for (OutsideSystem system : OutsideSystem.values()) {
            var report = sandbox.calls(system, null);
            calls.put(system, report.calls().size());
            faults.put(system, report.calls().stream().filter(c -> c.outcome() == Outcome.FAULT).count());
            replayed.put(system, report.calls().stream().filter(c -> c.outcome() == Outcome.REPLAYED).count());
            duplicates += (int) report.counts().appliedByBusinessKey().values().stream().filter(n -> n > 1).count();
            assertThat(report.counts().appliedByBusinessKey()).as("effects at %s", system)
                    .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
        }
        var ajio = sandbox.calls(OutsideSystem.AJIO, null).counts();
        List<String> all = new ArrayList<>(rmsOrders);
        all.addAll(erpOrders);
        for (String order : all) {
            assertThat(ajio.applied("acknowledge", order)).as("acknowledgement of %s", order).isOne();
            assertThat(ajio.applied("uploadB2bInvoice", order)).as("B2B invoice of %s", order).isOne();
        }
        assertThat(count("select count(*) from erp_postings where delivered_at is null")).isZero();
        assertThat(count("select count(*) from erp_postings")).isEqualTo(2 * erpOrders.size());

        Attempts attempts = new Attempts();
        rmsOrders.forEach(o -> attempts.add(ForwardOrderWorkflow.idFor("demo-rms", o)));
        erpOrders.forEach(o -> attempts.add(ForwardOrderWorkflow.idFor("demo-erp", o)));
        stack.jdbi().useHandle(h -> h.createQuery("select client_id, handover_id from handovers")
                .map((rs, ctx) -> "handover:" + rs.getString(1) + ":" + rs.getString(2)).list()
                .forEach(attempts::add));
        System.out.printf("faults: %d orders (%d RMS, %d ERP model) COMPLETED in %d s under 20%% 503, 10%% 429,"
                        + " 5%% lost answers and 200 ms latency; calls received %s, faults injected %s, idempotent"
                        + " replays %s; duplicates at the receiving side: %d%n", all.size(), rmsOrders.size(),
                erpOrders.size(), seconds, calls, faults, replayed, duplicates);
        System.out.printf("faults: %d activities in %d workflow histories took %d attempts: %d retries, at most %d"
                        + " for one activity (%s); attempts by count %s; refusals (support needed): %d%n",
                attempts.activities, attempts.workflows, attempts.total, attempts.total - attempts.activities,
                attempts.max, attempts.maxActivity, attempts.byCount, attempts.refusals);

        assertThat(faults.values()).as("faults were injected at every system").allMatch(n -> n > 0);
        assertThat(duplicates).isZero();
        assertThat(attempts.refusals).as("no order needed support").isZero();
        assertThat(attempts.total).as("transient faults were retried").isGreaterThan(attempts.activities);
        assertThat(attempts.max).as("retries stay bounded").isLessThanOrEqualTo(MAX_ATTEMPTS);
    }

    /** Activity attempts as the histories record them: the attempt of each activity's last start. */
    private static final class Attempts {
        int workflows;
        int activities;
        long total;
        int max;
        String maxActivity = "";
        int refusals;
        final Map<Integer, Integer> byCount = new TreeMap<>();

        void add(String workflowId) {
            WorkflowExecutionHistory history = stack.workflows().fetchHistory(workflowId);
            workflows++;
            Map<Long, String> typeByScheduledId = new HashMap<>();
            for (HistoryEvent event : history.getEvents()) {
                if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
                    typeByScheduledId.put(event.getEventId(),
                            event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
                } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED) {
                    int attempt = event.getActivityTaskStartedEventAttributes().getAttempt();
                    activities++;
                    total += attempt;
                    byCount.merge(attempt, 1, Integer::sum);
                    if (attempt > max) {
                        max = attempt;
                        maxActivity = typeByScheduledId.get(event.getActivityTaskStartedEventAttributes()
                                .getScheduledEventId()) + " of " + workflowId;
                    }
                } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
                        && event.getActivityTaskFailedEventAttributes().getFailure().getApplicationFailureInfo()
                        .getNonRetryable()) {
                    refusals++;
                }
            }
        }
    }

    /** As a person at Ajio's seller portal would: every line with these quantities, a key of their own. */
    private static void acknowledgeByHandAtAjio(String sellerId, String orderId, Map<String, Integer> quantities)
            throws IOException {
        OkHttpClient http = new OkHttpClient();
        String ajio = stack.sandboxUrl() + "/ajio";
        JsonNode token = post(http, ajio + "/auth/token", null,
                Map.of("sellerId", sellerId, "secret", "dev-secret"));
        List<Map<String, Object>> lines = new ArrayList<>();
        quantities.forEach((lineId, quantity) -> lines.add(Map.of("lineId", lineId, "quantity", quantity)));
        JsonNode acknowledged = post(http, ajio + "/v1/orders/" + orderId + "/acknowledgement",
                token.path("accessToken").asText(), Map.of("lines", lines));
        assertThat(acknowledged.path("acknowledged").asBoolean()).as(acknowledged.toString()).isTrue();
    }

    private static JsonNode post(OkHttpClient http, String url, String token, Object body) throws IOException {
        Request.Builder request = new Request.Builder().url(url)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            assertThat(response.isSuccessful()).as(url + " " + response.code() + " " + text).isTrue();
            return Json.mapper().readTree(text);
        }
    }

    private static NewOrderLine[] lines(int i) {
        return i % 2 == 0
                ? new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1 + i % 3, new BigDecimal("799.00"))}
                : new NewOrderLine[] {new NewOrderLine("AJ-TEE-M", 1, new BigDecimal("799.00")),
                                      new NewOrderLine("AJ-JEANS-32", 2, new BigDecimal("1999.00"))};
    }

    private static void awaitCompleted(List<String> rmsOrders, List<String> erpOrders, long timeoutMillis)
            throws InterruptedException {
        List<String> all = new ArrayList<>(rmsOrders);
        all.addAll(erpOrders);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        Map<String, String> statuses = Map.of();
        while (System.currentTimeMillis() < deadline) {
            statuses = statuses(all);
            if (statuses.values().stream().allMatch("COMPLETED"::equals)) {
                return;
            }
            Thread.sleep(1_000);
        }
        Map<String, Long> open = new TreeMap<>();
        statuses.values().forEach(s -> open.merge(s, 1L, Long::sum));
        // Name each open order with what it waits for, so a failure says where the flow stopped.
        List<String> waiting = stack.jdbi().withHandle(h -> h.createQuery("select order_id || ' ' || status || ' waiting"
                        + " for ' || waiting_for || ': ' || coalesce(waiting_for_what, '') from orders where order_id"
                        + " in (<ids>) and status <> 'COMPLETED'").bindList("ids", all).mapTo(String.class).list());
        throw new AssertionError("not every order COMPLETED: " + open + "; " + waiting);
    }

    private static Map<String, String> statuses(List<String> orders) {
        Map<String, String> statuses = new HashMap<>();
        stack.jdbi().useHandle(h -> h.createQuery("select order_id, status from orders where order_id in (<ids>)")
                .bindList("ids", orders)
                .map((rs, ctx) -> statuses.put(rs.getString(1), rs.getString(2))).list());
        orders.forEach(o -> statuses.putIfAbsent(o, "NOT_FETCHED"));
        return statuses;
    }

    private static JsonNode awaitOrder(String client, String orderId, Predicate<JsonNode> condition) {
        return Await.order(gateway, client, orderId, condition);
    }

    private static int count(String sql) {
        return stack.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
