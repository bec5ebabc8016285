package com.vmsflow.gateway.testing;

import com.codahale.metrics.MetricRegistry;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.AjioOrderLine;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.GatewayApplication;
import com.vmsflow.oms.OrderRecord;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.NewOrder;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.Database;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The gateway running on a free port against a fresh PostgreSQL database and an in-memory Temporal test server with
 * the test workflows. Started once for all the test classes of a run (each class uses its own order ids, and its own
 * client where it reads lists); the database and Temporal start before the gateway and stop after it.
 */
public final class GatewayHarness implements BeforeAllCallback {

    /** Model 1: the ERP e-invoices. */
    public static final String ERP_CLIENT = "brand-a";
    public static final String ERP_CLIENT_GSTIN = "29AAFCC9980M1ZR";
    /** Model 2: the RMS e-invoices. */
    public static final String RMS_CLIENT = "brand-b";
    public static final String RMS_CLIENT_GSTIN = "27AAPFU0939F1ZV";
    /** Model 2 as well, for the tests that read a client's lists: no other test writes its orders. */
    public static final String LIST_CLIENT = "brand-c";
    /** Model 2 as well, for the catalogue tests, which retry every waiting order of their client. */
    public static final String CATALOG_CLIENT = "brand-d";
    /** PULL postings, for the feed tests: nothing else writes its postings. */
    public static final String FEED_CLIENT = "brand-e";
    /** Receives its postings by PUSH: it has no feed. */
    public static final String PUSH_CLIENT = "brand-f";
    /** For the report tests: nothing else writes its rows. */
    public static final String REPORT_CLIENT = "brand-g";

    public static final String ERP_KEY = "test-erp-a";
    public static final String WAREHOUSE_KEY = "test-warehouse-a";
    public static final String SELLER_KEY = "test-seller-a";
    public static final String RMS_ERP_KEY = "test-erp-b";
    public static final String RMS_WAREHOUSE_KEY = "test-warehouse-b";
    public static final String RMS_SELLER_KEY = "test-seller-b";
    public static final String SUPPORT_KEY = "test-support";
    public static final String LIST_WAREHOUSE_KEY = "test-warehouse-c";
    public static final String CATALOG_SELLER_KEY = "test-seller-d";
    public static final String CATALOG_WAREHOUSE_KEY = "test-warehouse-d";
    public static final String FEED_ERP_KEY = "test-erp-e";
    public static final String PUSH_ERP_KEY = "test-erp-f";
    public static final String REPORT_SELLER_KEY = "test-seller-g";

    private Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
    }

    /** What runs for the whole test run; JUnit closes it when the run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private TestDatabase database;
        private ManagedDataSource fixtures;
        private Jdbi jdbi;
        private TestWorkflowEnvironment temporal;
        private DropwizardTestSupport<VmsFlowConfiguration> gateway;
        private Api api;

        static Running start() {
            Running running = new Running();
            try {
                running.startAll();
            } catch (Exception e) {
                running.close();
                throw new IllegalStateException("the gateway did not start", e);
            }
            return running;
        }

        private void startAll() throws Exception {
            database = TestDatabase.create();
            VmsFlowConfiguration config = configuration(database);
            // A pool of its own for the tests' fixtures: a connection per statement would be slow.
            fixtures = config.database.build(new MetricRegistry(), "fixtures");
            jdbi = Database.jdbi(fixtures);
            temporal = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                    .setUseTimeskipping(false)
                    .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                            .setDataConverter(DataConverters.vmsflow()).build())
                    .build());
            temporal.newWorker(TaskQueues.VMSFLOW)
                    .registerWorkflowImplementationTypes(TestOrderWorkflow.class, TestHandoverWorkflow.class);
            ReturnStandIns.register(temporal, jdbi);
            temporal.start();
            WorkflowClient client = temporal.getWorkflowClient();
            gateway = new DropwizardTestSupport<>(GatewayApplication.class, config) {
                @Override
                public Application<VmsFlowConfiguration> newApplication() {
                    return new GatewayApplication() {
                        @Override
                        protected WorkflowClient workflowClient(VmsFlowConfiguration config, Environment env) {
                            return client;
                        }
                    };
                }
            };
            gateway.before();
            api = new Api("http://127.0.0.1:" + gateway.getLocalPort(), true);
        }

        @Override
        public void close() {
            if (gateway != null) {
                gateway.after();
            }
            if (temporal != null) {
                temporal.close();
            }
            if (fixtures != null) {
                try {
                    fixtures.stop();
                } catch (Exception e) {
                    // the database goes next
                }
            }
            if (database != null) {
                database.close();
            }
        }
    }

    public Api api() {
        return running.api;
    }

    public Api admin() {
        return new Api("http://127.0.0.1:" + running.gateway.getAdminPort(), false);
    }

    /** The API's base URL, for requests the {@link Api} helper would not send as they are. */
    public String baseUrl() {
        return "http://127.0.0.1:" + running.gateway.getLocalPort();
    }

    /** The admin port's base URL, e.g. for {@code /prometheus}. */
    public String adminUrl() {
        return "http://127.0.0.1:" + running.gateway.getAdminPort();
    }

    /** The resource classes the gateway serves, as registered with Jersey. */
    public List<Class<?>> resourceClasses() {
        return running.gateway.getEnvironment().jersey().getResourceConfig().getClasses().stream()
                .filter(type -> type.isAnnotationPresent(Path.class))
                .toList();
    }

    public WorkflowClient workflows() {
        return running.temporal.getWorkflowClient();
    }

    public Jdbi jdbi() {
        return running.jdbi;
    }

    /** Starts a test order workflow (channel SKU = client SKU) and waits until it is PROCESSING. */
    public void startOrder(String clientId, String orderId, Map<String, Integer> quantityBySku) {
        List<AjioOrderLine> lines = new ArrayList<>();
        quantityBySku.forEach((sku, quantity) -> lines.add(new AjioOrderLine(String.valueOf(lines.size() + 1), sku,
                quantity, 0, new BigDecimal("999.00"))));
        ForwardOrderWorkflow workflow = workflows().newWorkflowStub(ForwardOrderWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setWorkflowId(ForwardOrderWorkflow.idFor(clientId, orderId))
                        .setTaskQueue(TaskQueues.VMSFLOW)
                        .build());
        NewOrder order = new NewOrder(client(clientId).toProfile(),
                new AjioOrder(orderId, Instant.parse("2026-11-23T08:00:00Z"), false, lines));
        WorkflowClient.start(workflow::run, order);
        long deadline = System.currentTimeMillis() + 10_000;
        while (workflow.state().status() != OrderStatus.PROCESSING) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("order " + orderId + " did not reach PROCESSING");
            }
            sleep(20);
        }
    }

    /** Writes the order's row of the read model, as the real workflow's local activity would. */
    public void recordOrder(String clientId, String orderId, OrderStatus status, List<String> missingChannelSkus) {
        Instant at = Instant.parse("2026-11-23T08:05:00Z");
        new OrderRepository(jdbi()).record(new OrderRecord(clientId, orderId, client(clientId).eInvoicingModel,
                status, WaitingFor.NONE, null, null, Instant.parse("2026-11-23T08:00:00Z"), missingChannelSkus,
                false, null, new StatusChange(1, status, at, "recorded by the test")));
    }

    private static VmsFlowConfiguration configuration(TestDatabase database) {
        VmsFlowConfiguration config = new VmsFlowConfiguration();
        config.database.setDriverClass("org.postgresql.Driver");
        config.database.setUrl(database.jdbcUrl());
        config.database.setUser(database.user());
        config.database.setInitialSize(1);
        config.database.setMinSize(1);
        config.database.setMaxSize(8);
        config.setLoggingFactory(new ExternalLoggingFactory());
        DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);
        ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
        config.gateway.handoverWait = io.dropwizard.util.Duration.seconds(1);
        config.gateway.maxRequestBody = io.dropwizard.util.DataSize.megabytes(1);
        config.clients = List.of(client(ERP_CLIENT), client(RMS_CLIENT), client(LIST_CLIENT), client(CATALOG_CLIENT),
                client(FEED_CLIENT), client(PUSH_CLIENT), client(REPORT_CLIENT));
        config.devKeys = List.of(key(ERP_KEY, "ERP", ERP_CLIENT), key(WAREHOUSE_KEY, "WAREHOUSE", ERP_CLIENT),
                key(SELLER_KEY, "SELLER", ERP_CLIENT), key(RMS_ERP_KEY, "ERP", RMS_CLIENT),
                key(RMS_WAREHOUSE_KEY, "WAREHOUSE", RMS_CLIENT), key(RMS_SELLER_KEY, "SELLER", RMS_CLIENT),
                key(SUPPORT_KEY, "SUPPORT", null), key(LIST_WAREHOUSE_KEY, "WAREHOUSE", LIST_CLIENT),
                key(CATALOG_SELLER_KEY, "SELLER", CATALOG_CLIENT),
                key(CATALOG_WAREHOUSE_KEY, "WAREHOUSE", CATALOG_CLIENT), key(FEED_ERP_KEY, "ERP", FEED_CLIENT),
                key(PUSH_ERP_KEY, "ERP", PUSH_CLIENT), key(REPORT_SELLER_KEY, "SELLER", REPORT_CLIENT));
        return config;
    }

    static ClientSettings client(String clientId) {
        ClientSettings c = new ClientSettings();
        c.clientId = clientId;
        c.name = "Brand " + clientId;
        c.ajioSellerId = "seller-" + clientId;
        c.ajioSecret = "secret";
        boolean erp = ERP_CLIENT.equals(clientId);
        c.supplierGstin = erp ? ERP_CLIENT_GSTIN : RMS_CLIENT_GSTIN;
        c.eInvoicingModel = erp ? EInvoicingModel.ERP : EInvoicingModel.RMS;
        c.returnModel = erp ? ReturnModel.CREDIT_NOTE_ERP : ReturnModel.CREDIT_NOTE_RMS;
        c.postingMode = PUSH_CLIENT.equals(clientId) ? PostingMode.PUSH : PostingMode.PULL;
        c.invoicePrefix = erp ? "BA" : "BB";
        return c;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DevKey key(String key, String role, String clientId) {
        DevKey k = new DevKey();
        k.key = key;
        k.role = role;
        k.clientId = clientId;
        return k;
    }
}
