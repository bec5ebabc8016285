package com.vmsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.temporal.Updates;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.sync.AjioSyncActivitiesImpl;
import com.vmsflow.testing.CapturedLogs;
import com.vmsflow.testing.PrometheusScrape;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.DropwizardLayout;
import io.dropwizard.util.Duration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The operations side of the one-process local run: the gateway's admin port serves the whole process's metrics
 * (Jetty, the JVM, the worker's and the gateway's Temporal metrics, the gateway's counters), and the log lines of
 * activities and of gateway requests carry the workflow id, in config/local.yml's format.
 */
class OneProcessOperationsTest {

    private static final String CLIENT = "demo-rms";
    private static final String WAREHOUSE_KEY = "dev-warehouse-demo-rms";

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static CapturedLogs logs;
    private static String orderId;
    private static Answer refused;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                database.jdbcUrl(), config -> {
                    config.clients.forEach(c -> c.acknowledgementHold = Duration.seconds(1));
                    config.sync.pollInterval = Duration.milliseconds(300);
                }));
        // After the start: the gateway's start sets up logging anew.
        logs = CapturedLogs.of("com.vmsflow");
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        assertThat(gateway.put("dev-seller-" + CLIENT, "/v1/clients/" + CLIENT + "/sku-mappings",
                List.of(Map.of("channelSku", "AJ-TEE-M", "clientSku", "TEE-M"))).status()).isEqualTo(200);
        assertThat(gateway.put(WAREHOUSE_KEY, "/v1/clients/" + CLIENT + "/inventory",
                List.of(Map.of("sku", "TEE-M", "location", "WH-BLR", "quantity", 10))).status()).isEqualTo(200);

        SandboxClient sandbox = stack.sandbox();
        orderId = sandbox.createOrder(CLIENT, new NewOrderLine("AJ-TEE-M", 2, new BigDecimal("799.00"))).orderId();
        awaitStatus("PROCESSING");
        // One unit of two: the workflow's validator refuses it.
        refused = gateway.post(WAREHOUSE_KEY, "/v1/clients/" + CLIENT + "/orders/" + orderId + "/pack",
                Map.of("lines", List.of(Map.of("sku", "TEE-M", "packed", 1, "notFound", 0, "damaged", 0))));
    }

    @AfterAll
    static void stop() {
        if (logs != null) {
            logs.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theGatewaysAdminPortServesTheWholeProcess() throws Exception {
        String url = "http://127.0.0.1:" + stack.gatewayAdminPort() + "/prometheus";
        PrometheusScrape scrape = PrometheusScrape.of(url);
        long deadline = System.currentTimeMillis() + 10_000;
        // Temporal's counters reach the registry at the next report of the SDK's metrics scope.
        while (!scrape.has("temporal_activity_execution_latency_seconds_count")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            scrape = PrometheusScrape.of(url);
        }

        assertThat(refused.status()).isEqualTo(422);
        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.value("io_dropwizard_jetty_MutableServletContextHandler_requests_count", Map.of()))
                .as("Jetty's requests").isPositive();
        assertThat(scrape.value("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(scrape.has("io_dropwizard_db_ManagedPooledDataSource_postgresql_active")).as("the pool")
                .isTrue();
        assertThat(scrape.value("temporal_activity_execution_latency_seconds_count", Map.of("task_queue",
                "vmsflow"))).as("the in-process worker's activities").isPositive();
        assertThat(scrape.value("temporal_long_request_total", Map.of("operation", "PollActivityTaskQueue")))
                .as("the in-process worker's polls").isPositive();
        assertThat(scrape.value("temporal_request_total", Map.of("operation", "QueryWorkflow",
                "query_type", "state"))).as("the gateway's client: its reads of an order").isPositive();
        assertThat(scrape.value("vmsflow_gateway_updates_refused_total", Map.of("update", "pack",
                "code", "VALIDATION_FAILED"))).isEqualTo(1);
    }

    @Test
    void anActivitysLogLineCarriesItsWorkflowIdAndActivityType() {
        ILoggingEvent line = logs.await(e -> e.getLoggerName().equals(AjioSyncActivitiesImpl.class.getName())
                && e.getFormattedMessage().startsWith("client " + CLIENT + ":"), 10_000);

        assertThat(line.getMDCPropertyMap()).containsEntry("WorkflowId", "sync:" + CLIENT)
                .containsKeys("RunId", "ActivityType");
        assertThat(localFormat(line)).contains(" workflow=sync:" + CLIENT + " run=")
                .contains(" activity=" + line.getMDCPropertyMap().get("ActivityType"));
    }

    @Test
    void aGatewayRequestsLogLineCarriesTheWorkflowIdOfItsOrderAndNoKey() {
        ILoggingEvent line = logs.await(e -> e.getLoggerName().equals(Updates.class.getName())
                && e.getMDCPropertyMap().containsValue("order:" + CLIENT + ":" + orderId), 10_000);

        assertThat(localFormat(line)).contains("update pack refused: VALIDATION_FAILED")
                .endsWith(" workflow=order:" + CLIENT + ":" + orderId + System.lineSeparator());
        assertThat(logs.events()).noneMatch(e -> localFormat(e).contains(WAREHOUSE_KEY));
    }

    /** The line as config/local.yml's console appender writes it. */
    private static String localFormat(ILoggingEvent event) {
        ConsoleAppenderFactory<?> console = (ConsoleAppenderFactory<?>)
                ((DefaultLoggingFactory) stack.config().getLoggingFactory()).getAppenders().get(0);
        DropwizardLayout layout = new DropwizardLayout((LoggerContext) LoggerFactory.getILoggerFactory(),
                TimeZone.getTimeZone("UTC"));
        layout.setPattern(console.getLogFormat());
        layout.start();
        return layout.doLayout(event);
    }

    private static JsonNode awaitStatus(String status) {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            Answer answer = gateway.get("dev-support", "/v1/clients/" + CLIENT + "/orders/" + orderId);
            if (answer.ok()) {
                last = answer.body();
                if (last.path("status").asText().equals(status)) {
                    return last;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("order " + orderId + " did not reach " + status + "; last seen: " + last);
    }
}
