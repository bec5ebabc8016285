package com.vmsflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.testing.PrometheusScrape;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worker process's admin port in Prometheus format: the Temporal worker's polls, the JVM, the pool. */
class WorkerMetricsTest {

    private static TestDatabase database;
    private static TestServer.PortBoundTestServer temporal;
    private static DropwizardTestSupport<VmsFlowConfiguration> worker;
    private static int adminPort;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create();
        int temporalPort = freePort();
        temporal = TestServer.createPortBoundServer(temporalPort, false);
        adminPort = freePort();
        VmsFlowConfiguration config = new VmsFlowConfiguration();
        config.setLoggingFactory(new ExternalLoggingFactory());
        config.database.setDriverClass("org.postgresql.Driver");
        config.database.setUrl(database.jdbcUrl());
        config.database.setUser(database.user());
        config.temporal.address = "127.0.0.1:" + temporalPort;
        config.worker.adminPort = adminPort;
        // No client is configured, so nothing calls these.
        config.ajio.baseUrl = "http://127.0.0.1:9/ajio";
        config.rms.baseUrl = "http://127.0.0.1:9/rms";
        worker = new DropwizardTestSupport<>(WorkerApplication.class, config);
        worker.before();
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.after();
        }
        if (temporal != null) {
            temporal.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theAdminPortServesTheWorkersPollsTheJvmAndThePool() throws Exception {
        String url = "http://127.0.0.1:" + adminPort + "/prometheus";
        PrometheusScrape scrape = PrometheusScrape.of(url);
        long deadline = System.currentTimeMillis() + 30_000;
        // The counter of the workflow task queue's polls appears with the first poll that ended: on a loaded machine
        // another poller's series can come first, so wait for this one.
        while (!(scrape.value("temporal_long_request_total", Map.of("operation", "PollWorkflowTaskQueue",
                "task_queue", "vmsflow")) > 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            scrape = PrometheusScrape.of(url);
        }

        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.value("temporal_long_request_total", Map.of("operation", "PollWorkflowTaskQueue",
                "task_queue", "vmsflow"))).as("the worker polls its task queue").isPositive();
        assertThat(scrape.value("temporal_worker_start_total", Map.of("worker_type", "ActivityWorker")))
                .isPositive();
        assertThat(scrape.value("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(scrape.has("io_dropwizard_db_ManagedPooledDataSource_postgresql_active")).isTrue();
        assertThat(scrape.has("temporal_worker_task_slots_available")).isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
