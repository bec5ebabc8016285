package com.vmsflow.gateway.testing;

import com.codahale.metrics.MetricRegistry;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.DevKey;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.GatewayApplication;
import com.vmsflow.bulk.BulkOrderActivitiesImpl;
import com.vmsflow.bulk.BulkOrderWorkflowImpl;
import com.vmsflow.handover.HandoverWorkflowImpl;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLiveMode;
import com.vmsflow.inventory.InventorySyncState;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.inventory.InventorySyncWorkflowImpl;
import com.vmsflow.inventory.SyncTuning;
import com.vmsflow.inventory.StockNudges;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.database.DatabaseActivitiesImpl;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.FakeAjio;
import com.vmsflow.sync.AjioSyncWorkflow;
import com.vmsflow.sync.AjioSyncWorkflowImpl;
import com.vmsflow.sync.SyncSettings;
import com.vmsflow.sync.SyncState;
import com.vmsflow.order.FakeRms;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.ForwardOrderWorkflowImpl;
import com.vmsflow.order.NewOrder;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.PackLine;
import com.vmsflow.order.PackResult;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.BulkOrderRepository;
import com.vmsflow.store.Database;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.InventorySyncRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.SkuMappingRow;
import com.vmsflow.store.StockLevel;
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
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The gateway running on a free port against a fresh PostgreSQL database and an in-memory Temporal test server with
 * the real order, handover, return and inventory sync workflows, the workflows module's fakes of Ajio, the ERP and
 * the RMS, a recording stand-in for the inventory sync's channel calls ({@link RecordedInventorySync}), and VMS
 * Flow's own records (SKU mappings, stock, the read model, the syncs' rows) in the database. Started once for all
 * the test classes of a run (each class uses its own order ids, and its own client where it reads lists); the
 * database and Temporal start before the gateway and stop after it.
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
    /**
     * For the channel and inventory tests: two channels, {@code ajio} (locations BLR-1 and DEL-1, the client's buffer
     * of 1, SKU CAP's own of 3) and {@code webstore} (every location, no buffer, going live at ZERO).
     */
    public static final String CHANNEL_CLIENT = "brand-h";
    /**
     * B2B2C (seed 002): a Model 1 brand that fulfils the orders of {@link #B2B2C_PARTNER}'s marketplace account from
     * its own stock, warehouse and ERP; no other test writes its orders.
     */
    public static final String B2B2C_BRAND = "brand-i";
    public static final String B2B2C_BRAND_GSTIN = "33AABCB1234C1ZL";
    /**
     * The partner seller whose Ajio orders the brand fulfils, at 60% of the selling price; its B2B invoice to Ajio is
     * the RMS's. Its GSTIN is the buyer {@link SignedQrs} names by default.
     */
    public static final String B2B2C_PARTNER = "partner-i";
    public static final String B2B2C_PARTNER_GSTIN = "27AAPFU0939F1ZV";

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
    public static final String CHANNEL_SELLER_KEY = "test-seller-h";
    public static final String CHANNEL_WAREHOUSE_KEY = "test-warehouse-h";
    public static final String CHANNEL_ERP_KEY = "test-erp-h";
    public static final String B2B2C_ERP_KEY = "test-erp-i";
    public static final String B2B2C_WAREHOUSE_KEY = "test-warehouse-i";

    /** Where {@link #startOrder} stocks an order's SKUs. */
    public static final String STOCK_LOCATION = "HARNESS";
    /** Ajio's orders made long enough ago that their acknowledgement hold has passed. */
    private static final Instant HOLD_PASSED = Instant.parse("2026-11-23T08:00:00Z");
    /** Whom an order at rest waits for: its next input comes through the gateway. */
    private static final Set<WaitingFor> AT_REST = EnumSet.of(WaitingFor.SELLER, WaitingFor.ERP,
            WaitingFor.WAREHOUSE);

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
        private final FakeAjio ajio = new ReturnStandIns.Ajio();
        private final RecordedNudges nudges = new RecordedNudges();
        private final StandInAjioSync ajioSync = new StandInAjioSync();
        private RecordedInventorySync inventorySync;
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
                    .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder()
                            .setWorkerInterceptors(new ValidatorCalls()).build())
                    .build());
            for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
                temporal.registerSearchAttribute(key.getName(), key.getValueType());
            }
            WorkflowClient client = temporal.getWorkflowClient();
            // The real order, handover and inventory sync workflows; VMS Flow's own records in the test database,
            // the outside systems faked.
            inventorySync = new RecordedInventorySync(new InventorySyncRepository(jdbi));
            Worker worker = temporal.newWorker(TaskQueues.VMSFLOW);
            worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class, HandoverWorkflowImpl.class,
                    InventorySyncWorkflowImpl.class, AjioSyncWorkflowImpl.class, BulkOrderWorkflowImpl.class);
            worker.registerActivitiesImplementations(new DatabaseActivitiesImpl(new SkuMappingRepository(jdbi),
                    new InventoryRepository(jdbi), new DocumentRepository(jdbi), new OrderRepository(jdbi)),
                    ajio, new ReturnStandIns.Erp(), new FakeRms(), inventorySync, ajioSync,
                    new BulkOrderActivitiesImpl(new BulkOrderRepository(jdbi), nudges));
            ReturnStandIns.register(worker, client, jdbi);
            temporal.start();
            gateway = new DropwizardTestSupport<>(GatewayApplication.class, config) {
                @Override
                public Application<VmsFlowConfiguration> newApplication() {
                    return new GatewayApplication() {
                        @Override
                        protected WorkflowClient workflowClient(VmsFlowConfiguration config, Environment env) {
                            return client;
                        }

                        @Override
                        protected StockNudges stockNudges(VmsFlowConfiguration config, Environment env,
                                                          WorkflowClient temporal, ChannelRepository channels) {
                            return nudges;
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

    /** How often the gateway told the client's inventory syncs that its stock changed. */
    public int stockNudges(String clientId) {
        return running.nudges.of(clientId);
    }

    /** What the inventory syncs' steps were asked: every push and reconciliation, with its go-live control. */
    public RecordedInventorySync inventorySync() {
        return running.inventorySync;
    }

    /**
     * The inventory sync of a channel of {@link #CHANNEL_CLIENT}, started as the worker starts one (in the settings'
     * go-live mode) unless it runs already; it runs for the rest of the test run, its first reconciliation done.
     * The gateway has written the channel's row by now, which the sync's steps write beside.
     */
    public InventorySyncWorkflow inventorySync(String channelId) {
        ChannelSettings settings = client(CHANNEL_CLIENT).channels.stream()
                .filter(c -> c.channelId.equals(channelId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + channelId));
        ChannelRef channel = settings.ref(CHANNEL_CLIENT);
        InventorySyncWorkflow sync = workflows().newWorkflowStub(InventorySyncWorkflow.class,
                InventorySyncWorkflow.startOptions(TaskQueues.VMSFLOW, channel));
        try {
            WorkflowClient.start(sync::run, InventorySyncState.start(channel, settings.kind,
                    settings.initialGoLive(), SyncTuning.defaults()));
        } catch (WorkflowExecutionAlreadyStarted running) {
            // started by an earlier test
        }
        String first = channelId + "-rec-1";
        running.inventorySync.awaitReconciliation(r -> r.channel().equals(channel)
                && r.reconciliationId().equals(first), first);
        return workflows().newWorkflowStub(InventorySyncWorkflow.class, InventorySyncWorkflow.idFor(channel));
    }

    /** How many update requests reached the validators of the channel's inventory sync. */
    public static int syncValidations(String channelId) {
        return ValidatorCalls.of(InventorySyncWorkflow.idFor(new ChannelRef(CHANNEL_CLIENT, channelId)));
    }

    /**
     * Starts the order's workflow the way the Ajio sync does, its SKUs mapped to themselves and in stock, Ajio's
     * order old enough that its acknowledgement hold has passed; waits until it waits for the warehouse (Model 2) or
     * for the ERP's invoice (Model 1).
     */
    public void startOrder(String clientId, String orderId, Map<String, Integer> quantityBySku) {
        mapAndStock(clientId, List.copyOf(quantityBySku.keySet()));
        start(clientId, orderId, quantityBySku, HOLD_PASSED);
    }

    /**
     * Starts the workflows of a Model 2 client's orders of one {@code sku} each, as {@link #startOrder} does but all at
     * once, and hands each its pack result; waits until the read model shows every one PACKED, awaiting its handover.
     */
    public void startPackedOrders(String clientId, List<String> orderIds, String sku) {
        if (client(clientId).eInvoicingModel != EInvoicingModel.RMS) {
            throw new IllegalArgumentException(clientId + " is not a Model 2 client: its orders wait for the ERP");
        }
        mapAndStock(clientId, List.of(sku));
        orderIds.forEach(orderId -> launch(clientId, orderId, Map.of(sku, 1), HOLD_PASSED));
        PackResult packed = new PackResult(List.of(new PackLine(sku, 1, 0, 0)));
        // Packed side by side, as a warehouse's packers do: one after the other, each update's round trip adds up.
        ExecutorService packers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> packing = orderIds.stream().<Future<?>>map(orderId -> packers.submit(() -> {
                awaitOrder(clientId, orderId, state -> state.waitingFor() == WaitingFor.WAREHOUSE,
                        "waiting to be packed");
                order(clientId, orderId).pack(packed);
            })).toList();
            for (Future<?> pack : packing) {
                pack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("an order was not packed", e.getCause());
        } finally {
            packers.shutdownNow();
        }
        orderIds.forEach(orderId -> awaitPacked(clientId, orderId));
    }

    /** Waits until the order is PACKED, awaiting its handover, as the read model says too. */
    public void awaitPacked(String clientId, String orderId) {
        OrderRepository readModel = new OrderRepository(jdbi());
        awaitOrder(clientId, orderId, state -> state.status() == OrderStatus.PACKED && readModel
                .find(clientId, orderId).filter(row -> row.status() == OrderStatus.PACKED).isPresent(),
                "PACKED, as the read model says");
    }

    /** The Ajio sync's readers, which refuse a client's credentials when told. */
    public StandInAjioSync ajioSync() {
        return running.ajioSync;
    }

    /** Starts the client's Ajio sync, polling every {@code pollInterval}, from an hour ago. */
    public AjioSyncWorkflow startAjioSync(String clientId, Duration pollInterval) {
        AjioSyncWorkflow sync = workflows().newWorkflowStub(AjioSyncWorkflow.class, WorkflowOptions.newBuilder()
                .setWorkflowId(AjioSyncWorkflow.idFor(clientId)).setTaskQueue(TaskQueues.VMSFLOW).build());
        WorkflowClient.start(sync::run, new SyncState(clientId, new SyncSettings(pollInterval, Duration.ofMinutes(10),
                1000), Instant.now().minus(Duration.ofHours(1)), null, null, null, 0, 0, 0));
        return workflows().newWorkflowStub(AjioSyncWorkflow.class, AjioSyncWorkflow.idFor(clientId));
    }

    /** Ajio gives the order {@code orderId}, when it is started, the customer's order {@code parentOrderId}. */
    public void parentOrder(String orderId, String parentOrderId) {
        running.ajio.parentOrder(orderId, parentOrderId);
    }

    /** Ajio makes no manifest for the courier until {@link #releaseManifestsOf}: a handover slower than the wait. */
    public void holdManifestsOf(String courier) {
        running.ajio.holdManifestsOf(courier);
    }

    public void releaseManifestsOf(String courier) {
        running.ajio.releaseManifestsOf(courier);
    }

    /** The client's SKUs mapped to themselves and in stock. */
    private void mapAndStock(String clientId, List<String> skus) {
        new SkuMappingRepository(jdbi()).upsert(clientId, skus.stream().map(sku -> new SkuMappingRow(sku, sku))
                .toList());
        new InventoryRepository(jdbi()).setStock(clientId, skus.stream()
                .map(sku -> new StockLevel(sku, STOCK_LOCATION, 1_000_000)).toList());
    }

    /**
     * Starts the order's workflow with the client's SKU mappings and stock as they are, Ajio's order made just now:
     * its acknowledgement hold runs, so an order without a mapping waits for it (FAILED) and one short of stock waits
     * for stock (UNFULFILLABLE) instead of being rejected at Ajio.
     */
    public void startOrderAsIs(String clientId, String orderId, Map<String, Integer> quantityBySku) {
        start(clientId, orderId, quantityBySku, Instant.now());
    }

    /** Starts the order, made at Ajio at {@code createdAt}; waits until it waits for someone, as the read model says. */
    private void start(String clientId, String orderId, Map<String, Integer> quantityBySku, Instant createdAt) {
        launch(clientId, orderId, quantityBySku, createdAt);
        OrderRepository readModel = new OrderRepository(jdbi());
        awaitOrder(clientId, orderId, state -> AT_REST.contains(state.waitingFor()) && readModel
                .find(clientId, orderId).filter(row -> row.status() == state.status()).isPresent(),
                "waiting for someone, as the read model says");
    }

    /**
     * Starts an order Ajio gave a dispatch-after time, its acknowledgement hold passed: it goes ONHOLD until that
     * time; waits until the read model shows it ONHOLD.
     */
    public void startHeldOrder(String clientId, String orderId, Map<String, Integer> quantityBySku,
                               Instant dispatchAfter) {
        mapAndStock(clientId, List.copyOf(quantityBySku.keySet()));
        launch(clientId, orderId, quantityBySku, HOLD_PASSED, dispatchAfter);
        OrderRepository readModel = new OrderRepository(jdbi());
        awaitOrder(clientId, orderId, state -> state.status() == OrderStatus.ONHOLD && readModel
                .find(clientId, orderId).filter(row -> row.status() == OrderStatus.ONHOLD).isPresent(),
                "ONHOLD, as the read model says");
    }

    /**
     * Starts an order of {@link #B2B2C_PARTNER}'s Ajio account as the partner's sync does: the brand's order on the
     * partner's account, the brand's SKUs mapped to themselves and in stock, the acknowledgement hold passed; packs it
     * in full and waits until it waits for the brand's e-invoice to the partner (its pack confirmation posted to the
     * brand's ERP), as the read model says.
     */
    public void startB2b2cOrderAwaitingItsInvoice(String orderId, Map<String, Integer> quantityBySku) {
        startB2b2cOrder(orderId, quantityBySku);
        order(B2B2C_BRAND, orderId).pack(new PackResult(quantityBySku.entrySet().stream()
                .map(e -> new PackLine(e.getKey(), e.getValue(), 0, 0)).toList()));
        OrderRepository readModel = new OrderRepository(jdbi());
        awaitOrder(B2B2C_BRAND, orderId, state -> state.b2b2cPosted() && state.waitingFor() == WaitingFor.ERP
                && readModel.find(B2B2C_BRAND, orderId).filter(row -> row.waitingFor() == WaitingFor.ERP).isPresent(),
                "waiting for the brand's B2B2C e-invoice, as the read model says");
    }

    /** The same, not packed yet: it waits for the brand's warehouse. */
    public void startB2b2cOrder(String orderId, Map<String, Integer> quantityBySku) {
        mapAndStock(B2B2C_BRAND, List.copyOf(quantityBySku.keySet()));
        launch(client(B2B2C_BRAND).toProfile().fulfilling(client(B2B2C_PARTNER).b2b2cTerms()), orderId,
                quantityBySku, HOLD_PASSED, null);
        OrderRepository readModel = new OrderRepository(jdbi());
        awaitOrder(B2B2C_BRAND, orderId, state -> state.waitingFor() == WaitingFor.WAREHOUSE && readModel
                .find(B2B2C_BRAND, orderId).filter(row -> row.status() == state.status()).isPresent(),
                "waiting to be packed, as the read model says");
    }

    /** Starts the order's workflow, made at Ajio at {@code createdAt}, without waiting for it. */
    private void launch(String clientId, String orderId, Map<String, Integer> quantityBySku, Instant createdAt) {
        launch(clientId, orderId, quantityBySku, createdAt, null);
    }

    private void launch(String clientId, String orderId, Map<String, Integer> quantityBySku, Instant createdAt,
                        Instant dispatchAfter) {
        launch(client(clientId).toProfile(), orderId, quantityBySku, createdAt, dispatchAfter);
    }

    /** Starts the order's workflow with {@code profile}: a client's own, or a brand's fulfilling a partner's order. */
    private void launch(ClientProfile profile, String orderId, Map<String, Integer> quantityBySku, Instant createdAt,
                        Instant dispatchAfter) {
        String clientId = profile.clientId();
        List<Object> lines = new ArrayList<>();
        quantityBySku.forEach((sku, quantity) -> lines.addAll(List.of(sku, quantity, "999.00")));
        AjioOrder order = running.ajio.create(orderId, createdAt, lines.toArray());
        if (dispatchAfter != null) {
            order = running.ajio.dispatchAfter(orderId, dispatchAfter);
        }
        ForwardOrderWorkflow workflow = workflows().newWorkflowStub(ForwardOrderWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setWorkflowId(ForwardOrderWorkflow.idFor(clientId, orderId))
                        .setTaskQueue(TaskQueues.VMSFLOW)
                        .setTypedSearchAttributes(SearchAttributes.newBuilder()
                                .set(VmsSearchAttributes.CLIENT_ID, clientId)
                                .set(VmsSearchAttributes.CHANNEL_ORDER_ID, orderId)
                                .set(VmsSearchAttributes.E_INVOICING_MODEL, profile.eInvoicingModel().name())
                                .build())
                        .build());
        WorkflowClient.start(workflow::run, new NewOrder(profile, order));
    }

    private ForwardOrderWorkflow order(String clientId, String orderId) {
        return workflows().newWorkflowStub(ForwardOrderWorkflow.class, ForwardOrderWorkflow.idFor(clientId, orderId));
    }

    /** The order's state as its workflow answers it now. */
    public OrderState orderState(String clientId, String orderId) {
        return order(clientId, orderId).state();
    }

    /** Polls the order's workflow until its state satisfies {@code condition}, for at most 10 s; answers that state. */
    public OrderState awaitOrder(String clientId, String orderId, Predicate<OrderState> condition, String what) {
        ForwardOrderWorkflow workflow = order(clientId, orderId);
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            OrderState state = workflow.state();
            if (condition.test(state)) {
                return state;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("order " + orderId + " is not " + what + ": " + state.status() + ", "
                        + "waiting for " + state.waitingFor());
            }
            sleep(20);
        }
    }

    /** How many update requests reached the validators of the order's workflow. */
    public static int validations(String clientId, String orderId) {
        return ValidatorCalls.of(ForwardOrderWorkflow.idFor(clientId, orderId));
    }

    /** Writes the order's row of the read model, as the real workflow's local activity would. */
    public void recordOrder(String clientId, String orderId, OrderStatus status, List<String> missingChannelSkus) {
        Instant at = Instant.parse("2026-11-23T08:05:00Z");
        new OrderRepository(jdbi()).record(new OrderRecord(clientId, orderId, client(clientId).eInvoicingModel,
                status, WaitingFor.NONE, null, null, Instant.parse("2026-11-23T08:00:00Z"), missingChannelSkus,
                false, null, new StatusChange(1, status, at, "recorded by the test")));
    }

    /**
     * Writes the row of an order of {@link #B2B2C_BRAND} on {@link #B2B2C_PARTNER}'s account, as the real workflow's
     * local activity would, waiting for {@code waitingForWhat} (null: for nothing).
     */
    public void recordPartnerOrder(String orderId, OrderStatus status, String waitingForWhat) {
        Instant at = Instant.parse("2026-11-23T08:05:00Z");
        new OrderRepository(jdbi()).record(new OrderRecord(B2B2C_BRAND, orderId, EInvoicingModel.ERP, status,
                waitingForWhat == null ? WaitingFor.NONE : WaitingFor.ERP, waitingForWhat, at,
                Instant.parse("2026-11-23T08:00:00Z"), List.of(), false, null, null, null,
                new StatusChange(1, status, at, "recorded by the test"), null, null, B2B2C_PARTNER));
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
        config.gateway.handoverWait = io.dropwizard.util.Duration.seconds(5);
        config.gateway.maxRequestBody = io.dropwizard.util.DataSize.megabytes(1);
        config.clients = List.of(client(ERP_CLIENT), client(RMS_CLIENT), client(LIST_CLIENT), client(CATALOG_CLIENT),
                client(FEED_CLIENT), client(PUSH_CLIENT), client(REPORT_CLIENT), client(CHANNEL_CLIENT),
                client(B2B2C_BRAND), client(B2B2C_PARTNER));
        config.devKeys = List.of(key(ERP_KEY, "ERP", ERP_CLIENT), key(WAREHOUSE_KEY, "WAREHOUSE", ERP_CLIENT),
                key(SELLER_KEY, "SELLER", ERP_CLIENT), key(RMS_ERP_KEY, "ERP", RMS_CLIENT),
                key(RMS_WAREHOUSE_KEY, "WAREHOUSE", RMS_CLIENT), key(RMS_SELLER_KEY, "SELLER", RMS_CLIENT),
                key(SUPPORT_KEY, "SUPPORT", null), key(LIST_WAREHOUSE_KEY, "WAREHOUSE", LIST_CLIENT),
                key(CATALOG_SELLER_KEY, "SELLER", CATALOG_CLIENT),
                key(CATALOG_WAREHOUSE_KEY, "WAREHOUSE", CATALOG_CLIENT), key(FEED_ERP_KEY, "ERP", FEED_CLIENT),
                key(PUSH_ERP_KEY, "ERP", PUSH_CLIENT), key(REPORT_SELLER_KEY, "SELLER", REPORT_CLIENT),
                key(CHANNEL_SELLER_KEY, "SELLER", CHANNEL_CLIENT),
                key(CHANNEL_WAREHOUSE_KEY, "WAREHOUSE", CHANNEL_CLIENT), key(CHANNEL_ERP_KEY, "ERP", CHANNEL_CLIENT),
                key(B2B2C_ERP_KEY, "ERP", B2B2C_BRAND), key(B2B2C_WAREHOUSE_KEY, "WAREHOUSE", B2B2C_BRAND));
        return config;
    }

    public static ClientSettings client(String clientId) {
        ClientSettings c = new ClientSettings();
        c.clientId = clientId;
        c.name = "Brand " + clientId;
        c.ajioSellerId = "seller-" + clientId;
        c.ajioSecret = "secret";
        boolean erp = ERP_CLIENT.equals(clientId) || B2B2C_BRAND.equals(clientId);
        c.supplierGstin = ERP_CLIENT.equals(clientId) ? ERP_CLIENT_GSTIN
                : B2B2C_BRAND.equals(clientId) ? B2B2C_BRAND_GSTIN : RMS_CLIENT_GSTIN;
        c.eInvoicingModel = erp ? EInvoicingModel.ERP : EInvoicingModel.RMS;
        c.returnModel = erp ? ReturnModel.CREDIT_NOTE_ERP : ReturnModel.CREDIT_NOTE_RMS;
        c.postingMode = PUSH_CLIENT.equals(clientId) ? PostingMode.PUSH : PostingMode.PULL;
        c.invoicePrefix = erp ? "BA" : "BB";
        if (B2B2C_PARTNER.equals(clientId)) {
            c.invoicePrefix = "PI";
            c.fulfilledBy = new ClientSettings.FulfilledBy();
            c.fulfilledBy.clientId = B2B2C_BRAND;
            c.fulfilledBy.billingAddress = new B2b2cTerms.BillingAddress("Partner I", "1 Market Road", "Mumbai",
                    "Maharashtra", "400001");
            c.fulfilledBy.accountCodes = new B2b2cTerms.AccountCodes("PI-0001", "SALES-B2B2C", "RETURNS-B2B2C");
            c.fulfilledBy.costPrice = CostPrice.percentOfSellingPrice(new BigDecimal("60"));
        }
        if (B2B2C_BRAND.equals(clientId)) {
            ChannelSettings onThePartnersAccount = channel("ajio-" + B2B2C_PARTNER, ChannelKind.AJIO, List.of(), null,
                    Map.of(), GoLiveMode.ALL);
            onThePartnersAccount.sellerAccount = B2B2C_PARTNER;
            c.channels = List.of(ChannelSettings.defaultAjio(), onThePartnersAccount);
        }
        if (CHANNEL_CLIENT.equals(clientId)) {
            c.stockBuffer = 1;
            c.channels = List.of(channel("ajio", ChannelKind.AJIO, List.of("BLR-1", "DEL-1"), null,
                    Map.of("CAP", 3), GoLiveMode.ALL), channel("webstore", ChannelKind.WEBSTORE, List.of(), 0,
                    Map.of(), GoLiveMode.ZERO));
        }
        return c;
    }

    public static ChannelSettings channel(String channelId, ChannelKind kind, List<String> locations, Integer buffer,
                                          Map<String, Integer> skuBuffers, GoLiveMode goLive) {
        ChannelSettings channel = new ChannelSettings();
        channel.channelId = channelId;
        channel.kind = kind;
        channel.locations = List.copyOf(locations);
        channel.buffer = buffer;
        channel.skuBuffers = new LinkedHashMap<>(skuBuffers);
        channel.goLive = goLive;
        return channel;
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
