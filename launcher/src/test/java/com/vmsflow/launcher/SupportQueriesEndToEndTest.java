package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sandbox.erp.ErpBehaviour;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.SearchAttributes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Support's searches in Temporal Web (README, "Support staff in Temporal Web") on a real Temporal server's
 * visibility: each query returns exactly the orders it describes, with orders in other states beside them.
 *
 * <p>The orders, made once for all the journeys:
 * <ul>
 * <li>demo-erp, its ERP silent: {@code A1}, {@code A2} start waiting for the ERP's e-invoice; once they wait, the
 * clock passes a whole second {@code T}, and only then is {@code B} made, so A1 and A2 began waiting before T and B
 * after it. {@code WaitingSince < T} is the README's "waiting for more than a day", with "a day" the few seconds
 * between T and the query. The client's ERP invoice deadline is made short, so all three turn overdue;</li>
 * <li>decoys: demo-erp's {@code C} (posted while the ERP still answered: invoiced in time, now waits for the
 * warehouse) and {@code FE} (no SKU mapping: FAILED); demo-rms's {@code F1}, {@code F2} (FAILED) and {@code P}
 * (waits for the warehouse); demo-cn's {@code U} (mapped but without stock, in a long hold: UNFULFILLABLE, waiting
 * for the seller like the FAILED ones). Each client's sync workflow carries {@code ClientId} too.</li>
 * </ul>
 *
 * <p>Needs visibility queries: the Temporal CLI's dev server the stack starts, or the cluster {@code TEMPORAL_ADDRESS}
 * names (then with a namespace of its own per run: the sandbox numbers its orders from FL1000001 each time). On
 * Temporal's in-process test server, which has no List/Count, the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportQueriesEndToEndTest {

    /** Visibility is eventually consistent: how long a query may take to show what the workflows did. */
    private static final long VISIBLE_WITHIN_MILLIS = 20_000;
    /** demo-erp's deadline for the ERP's e-invoice (24h in production.yml), after which an order is overdue. */
    private static final java.time.Duration ERP_INVOICE_DEADLINE = java.time.Duration.ofSeconds(10);

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static final Map<String, String> orders = new TreeMap<>();
    /** The ERP waiters as visibility first showed them waiting. */
    private static final Map<String, WorkflowExecutionMetadata> firstSeenWaiting = new TreeMap<>();
    private static Instant threshold;
    /** Why this run cannot query visibility, or null. */
    private static String noVisibility;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        LocalStack.Options options = LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> {
                        // demo-cn's order stays UNFULFILLABLE in its hold; the others go on at once
                        c.acknowledgementHold = c.clientId.equals("demo-cn") ? Duration.minutes(10)
                                : Duration.seconds(1);
                        c.erpInvoiceDeadline = Duration.milliseconds(ERP_INVOICE_DEADLINE.toMillis());
                    });
                    config.sync.pollInterval = Duration.milliseconds(300);
                });
        stack = LocalStack.start(new LocalStack.Options(options.configFile(), options.databaseUrl(),
                System.getenv("TEMPORAL_ADDRESS"), options.temporalPort(), options.sandboxPort(),
                options.gatewayPort(), options.gatewayAdminPort(), options.tweak(), options.inProcessWorker(),
                options.sandboxTweak(), options.temporal(), options.temporalUiPort(), options.temporalLog()));
        if (stack.temporalKind() == TemporalServer.Kind.TEST_SERVER) {
            noVisibility = "support's queries need a Temporal server with visibility (List/CountWorkflowExecutions):"
                    + " this run has " + stack.temporalKind().description() + ", as the Temporal CLI's dev server"
                    + " was not used (-Dvmsflow.temporal, or not built here) and TEMPORAL_ADDRESS names no cluster";
            return;
        }
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        SandboxClient sandbox = stack.sandbox();
        Catalogue.stock(gateway, List.of("demo-rms", "demo-erp"), 100);
        assertThat(gateway.put("dev-seller-demo-cn", "/v1/clients/demo-cn/sku-mappings",
                List.of(Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"))).status()).isEqualTo(200);
        sandbox.erpBehaviour("demo-erp", new ErpBehaviour(300L, false));

        order("C", "demo-erp", "AJ-TEE-M");
        order("FE", "demo-erp", "AJ-SOCKS-FREE");
        order("F1", "demo-rms", "AJ-SOCKS-FREE");
        order("F2", "demo-rms", "AJ-CAP-FREE");
        order("P", "demo-rms", "AJ-JEANS-32");
        order("U", "demo-cn", "AJ-TEE-M");
        // C's posting has reached the ERP once C waits for it (the wait begins after the posting is sent)
        Await.order(gateway, "demo-erp", orders.get("C"), o -> o.path("waitingFor").asText().equals("ERP"));
        sandbox.erpBehaviour("demo-erp", new ErpBehaviour(null, true));

        order("A1", "demo-erp", "AJ-TEE-M");
        order("A2", "demo-erp", "AJ-JEANS-32");
        for (String name : List.of("A1", "A2")) {
            firstSeenWaiting.put(name, awaitWaitingForErp(name));
        }
        Instant latestOld = firstSeenWaiting.values().stream().map(SupportQueriesEndToEndTest::waitingSince)
                .max(Instant::compareTo).orElseThrow();
        threshold = latestOld.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        long untilThreshold = threshold.toEpochMilli() - System.currentTimeMillis() + 50;
        if (untilThreshold > 0) {
            Await.sleep(untilThreshold); // the clock passes T before B exists: B's wait begins after T
        }
        order("B", "demo-erp", "AJ-TEE-M");
        firstSeenWaiting.put("B", awaitWaitingForErp("B"));
        System.out.println("support queries: orders " + orders + ", T = " + threshold);
    }

    /** Each journey says it is skipped, and why (an assumption in {@code @BeforeAll} would hide the tests). */
    @BeforeEach
    void needsVisibility() {
        assumeTrue(noVisibility == null, noVisibility);
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

    @Test
    @Order(1)
    void ordersOfAClientWaitingForTheErpLongerThanAnAgeAreExactlyThoseWhoseWaitBeganBeforeTheThreshold() {
        String longWaiters = "ClientId = 'demo-erp' AND WaitingFor = 'ERP' AND WaitingSince < '" + threshold + "'";
        String allWaiters = "ClientId = 'demo-erp' AND WaitingFor = 'ERP'";

        awaitExactly(longWaiters, "A1", "A2");
        awaitExactly(allWaiters, "A1", "A2", "B");
        // Returns wait for the ERP's credit notes under the same attributes: the workflow type keeps to orders.
        awaitExactly("WorkflowType = 'ForwardOrderWorkflow' AND " + longWaiters, "A1", "A2");

        for (String name : List.of("A1", "A2")) {
            assertThat(waitingSince(firstSeenWaiting.get(name))).as(name).isBefore(threshold);
        }
        assertThat(waitingSince(firstSeenWaiting.get("B"))).as("B, made after T").isAfter(threshold);
        for (String name : List.of("A1", "A2", "B")) {
            JsonNode order = gateway.get("dev-support", "/v1/clients/demo-erp/orders/" + orders.get(name)).body();
            assertThat(waitingSince(firstSeenWaiting.get(name))).as("%s: the attribute is when its wait began", name)
                    .isEqualTo(Instant.parse(order.path("waitingSince").asText()));
            assertThat(order.path("waitingForWhat").asText()).as(name).contains("e-invoice");
        }
    }

    @Test
    @Order(2)
    void overdueOrdersAreExactlyThosePastTheClientsErpInvoiceDeadlineAndTheirWaitsKeepTheirStart() {
        String overdue = "Overdue = true";
        String overdueOfClient = "ClientId = 'demo-erp' AND Overdue = true";
        for (String name : List.of("A1", "A2", "B")) {
            assertThat(firstSeenWaiting.get(name).getTypedSearchAttributes().get(VmsSearchAttributes.OVERDUE))
                    .as("%s, within the deadline when it started waiting", name).isFalse();
        }
        long lastDeadline = waitingSince(firstSeenWaiting.get("B")).plus(ERP_INVOICE_DEADLINE).toEpochMilli();

        List<WorkflowExecutionMetadata> flagged = awaitExactly(overdueOfClient,
                Math.max(0, lastDeadline - System.currentTimeMillis()), "A1", "A2", "B");
        awaitExactly(overdue, "A1", "A2", "B");

        for (WorkflowExecutionMetadata now : flagged) {
            String name = nameOf(now.getExecution().getWorkflowId());
            assertThat(waitingSince(now)).as("%s: turning overdue is no new wait", name)
                    .isEqualTo(waitingSince(firstSeenWaiting.get(name)));
            assertThat(now.getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_FOR)).isEqualTo("ERP");
        }
        awaitExactly("ClientId = 'demo-erp' AND WaitingFor = 'ERP' AND WaitingSince < '" + threshold + "'",
                "A1", "A2");
        assertThat(gateway.get("dev-support", "/v1/clients/demo-erp/orders/" + orders.get("A1")).body()
                .path("overdue").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void ordersFailedForAMissingSkuMappingAreExactlyTheFailedOnesNotEveryOrderWaitingForTheSeller() {
        awaitExactly("OrderStatus = 'FAILED'", "F1", "F2", "FE");
        awaitExactly("ClientId = 'demo-rms' AND OrderStatus = 'FAILED'", "F1", "F2");
        awaitExactly("OrderStatus = 'FAILED' AND WaitingFor = 'SELLER'", "F1", "F2", "FE");
        awaitExactly("WaitingFor = 'SELLER'", "F1", "F2", "FE", "U");
        awaitExactly("OrderStatus = 'UNFULFILLABLE'", "U");

        JsonNode failed = gateway.get("dev-support", "/v1/clients/demo-rms/orders/" + orders.get("F2")).body();
        assertThat(failed.path("missingChannelSkus")).extracting(JsonNode::asText).containsExactly("AJ-CAP-FREE");
    }

    @Test
    @Order(4)
    void anOrderIsFoundByItsAjioOrderId() {
        for (String name : List.of("A1", "F1", "U", "C")) {
            awaitExactly("ChannelOrderId = '" + orders.get(name) + "'", name);
        }
        awaitExactly("ClientId = 'demo-rms' AND ChannelOrderId = '" + orders.get("A1") + "'");
        // the decoys are where their own state says
        awaitExactly("ClientId = 'demo-erp' AND WaitingFor = 'WAREHOUSE'", "C");
        awaitExactly("ClientId = 'demo-rms' AND OrderStatus = 'PROCESSING'", "P");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void order(String name, String client, String channelSku) {
        String orderId = stack.sandbox().createOrder(client, new NewOrderLine(channelSku, 1, new BigDecimal("799.00")))
                .orderId();
        orders.put(name, orderId);
    }

    private static String workflowId(String name) {
        String orderId = orders.get(name);
        String client = Set.of("C", "FE", "A1", "A2", "B").contains(name) ? "demo-erp"
                : name.equals("U") ? "demo-cn" : "demo-rms";
        return ForwardOrderWorkflow.idFor(client, orderId);
    }

    private static String nameOf(String workflowId) {
        return orders.keySet().stream().filter(n -> workflowId(n).equals(workflowId)).findFirst().orElse(workflowId);
    }

    private static Instant waitingSince(WorkflowExecutionMetadata execution) {
        OffsetDateTime since = execution.getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_SINCE);
        assertThat(since).as("WaitingSince of %s", execution.getExecution().getWorkflowId()).isNotNull();
        return since.toInstant();
    }

    /** The order's execution as visibility shows it once it waits for the ERP. */
    private static WorkflowExecutionMetadata awaitWaitingForErp(String name) {
        return awaitOne("WorkflowId = '" + workflowId(name) + "'",
                e -> "ERP".equals(e.getTypedSearchAttributes().get(VmsSearchAttributes.WAITING_FOR)));
    }

    private static WorkflowExecutionMetadata awaitOne(String query, Predicate<WorkflowExecutionMetadata> condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        List<WorkflowExecutionMetadata> last = List.of();
        while (System.currentTimeMillis() < deadline) {
            last = list(query);
            if (last.size() == 1 && condition.test(last.get(0))) {
                return last.get(0);
            }
            Await.sleep(200);
        }
        throw new AssertionError(query + " never showed the awaited state; last " + describe(last));
    }

    private static List<WorkflowExecutionMetadata> awaitExactly(String query, String... names) {
        return awaitExactly(query, 0, names);
    }

    /** Polls {@code query} until it returns exactly the named orders' workflows; fails with its last answer. */
    private static List<WorkflowExecutionMetadata> awaitExactly(String query, long extraMillis, String... names) {
        Set<String> expected = Stream.of(names).map(SupportQueriesEndToEndTest::workflowId)
                .collect(Collectors.toCollection(TreeSet::new));
        long deadline = System.currentTimeMillis() + extraMillis + VISIBLE_WITHIN_MILLIS;
        List<WorkflowExecutionMetadata> last;
        while (true) {
            last = list(query);
            Set<String> ids = last.stream().map(e -> e.getExecution().getWorkflowId())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (ids.equals(expected)) {
                System.out.println("support query proven: " + query + " -> " + ids);
                return last;
            }
            if (System.currentTimeMillis() >= deadline) {
                break;
            }
            Await.sleep(250);
        }
        throw new AssertionError("visibility query [" + query + "] should return exactly " + expected
                + " (" + String.join(", ", names) + ") but returned " + describe(last));
    }

    private static List<WorkflowExecutionMetadata> list(String query) {
        return stack.workflows().listExecutions(query).toList();
    }

    private static String describe(List<WorkflowExecutionMetadata> executions) {
        return executions.stream().map(e -> {
            SearchAttributes a = e.getTypedSearchAttributes();
            return nameOf(e.getExecution().getWorkflowId()) + "=" + e.getExecution().getWorkflowId() + "{"
                    + a.getUntypedValues().entrySet().stream().map(v -> v.getKey().getName() + ":" + v.getValue())
                    .collect(Collectors.joining(", ")) + "}";
        }).collect(Collectors.joining("; ", "[", "]"));
    }
}
