package com.vmsflow.worker;

import com.vmsflow.ajio.AjioActivitiesImpl;
import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.SellerAccounts;
import com.vmsflow.bulk.BulkOrderActivitiesImpl;
import com.vmsflow.config.ChannelSettings;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.VmsFlowConfiguration;
import com.vmsflow.config.WorkerSettings;
import com.vmsflow.erp.ErpActivitiesImpl;
import com.vmsflow.erp.ErpClient;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.inventory.AjioChannelInventory;
import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.InventorySyncActivitiesImpl;
import com.vmsflow.inventory.InventorySyncState;
import com.vmsflow.inventory.InventorySyncWorkflow;
import com.vmsflow.inventory.SignallingStockNudges;
import com.vmsflow.inventory.StockArrivals;
import com.vmsflow.metrics.InventorySyncMetrics;
import com.vmsflow.database.DatabaseActivitiesImpl;
import com.vmsflow.returns.ReturnActivitiesImpl;
import com.vmsflow.rms.RmsActivitiesImpl;
import com.vmsflow.rms.RmsClient;
import com.vmsflow.rsi.RsiActivitiesImpl;
import com.vmsflow.store.BulkOrderRepository;
import com.vmsflow.store.CancelledAfterPostingRepository;
import com.vmsflow.store.ChannelRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.InventorySyncRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.PostingRepository;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.RsiRepository;
import com.vmsflow.store.SkuMappingRepository;
import com.vmsflow.store.StatusMismatchRepository;
import com.vmsflow.sync.AjioSyncActivitiesImpl;
import com.vmsflow.sync.AjioSyncWorkflow;
import com.vmsflow.sync.WorkflowStarter;
import com.vmsflow.sync.SyncState;
import com.vmsflow.temporal.WorkflowImplementations;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's parts, wired: the outside-system clients, the repositories, the activities over them, and a Temporal
 * worker running every VMS Flow workflow. The worker process ({@link WorkerApplication}) and the one-process local
 * run both use it.
 */
public final class WorkerRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerRuntime.class);

    private final VmsFlowConfiguration config;
    private final WorkflowClient client;
    private final WorkerFactory factory;
    private final WorkflowStarter starter;
    private final SignallingStockNudges nudges;

    public WorkerRuntime(VmsFlowConfiguration config, Jdbi jdbi, WorkflowClient client, MeterRegistry meters) {
        this.config = config;
        this.client = client;
        ClientRepository clients = new ClientRepository(jdbi);
        ChannelRepository channels = new ChannelRepository(jdbi);
        clients.upsertAll(config.clients);
        config.clients.forEach(channels::upsert);
        DocumentRepository documents = new DocumentRepository(jdbi);
        OrderRepository orders = new OrderRepository(jdbi);
        AjioClient ajio = new AjioClient(config.ajio, SellerAccounts.of(config.clients));
        this.starter = new WorkflowStarter(client, config.temporal.taskQueue);
        // Reservations, releases and consumption at handover wake the channels' syncs (the changes are in the
        // database already, written by the trigger in the same transaction).
        this.nudges = new SignallingStockNudges(client, channels,
                java.time.Duration.ofMillis(config.inventorySync.nudgeInterval.toMilliseconds()));

        this.factory = WorkerFactory.newInstance(client, factoryOptions(config.worker));
        Worker worker = factory.newWorker(config.temporal.taskQueue, workerOptions(config.worker));
        worker.registerWorkflowImplementationTypes(WorkflowImplementations.array());
        worker.registerActivitiesImplementations(
                new AjioActivitiesImpl(ajio, documents),
                new RmsActivitiesImpl(new RmsClient(config.rms), documents),
                new DatabaseActivitiesImpl(new SkuMappingRepository(jdbi), new InventoryRepository(jdbi), documents,
                        orders, nudges, StockArrivals.signalling(client)),
                new ErpActivitiesImpl(new ErpClient(config.erp), new PostingRepository(jdbi),
                        new CancelledAfterPostingRepository(jdbi), clients, erpUrls(config)),
                new AjioSyncActivitiesImpl(ajio, clients, orders, new StatusMismatchRepository(jdbi), starter,
                        client, config.ajio.pageSize),
                new ReturnActivitiesImpl(client, new ReturnRepository(jdbi)),
                new RsiActivitiesImpl(new RsiRepository(jdbi)),
                new BulkOrderActivitiesImpl(new BulkOrderRepository(jdbi), nudges),
                new InventorySyncActivitiesImpl(new InventorySyncRepository(jdbi),
                        Map.of(ChannelKind.AJIO, new AjioChannelInventory(ajio,
                                ClientSettings.sellerAccounts(config.clients))), new InventorySyncMetrics(meters)));
        // RSI acceptances have a queue of their own, dispatched no faster than Ajio takes them.
        factory.newWorker(TaskQueues.AJIO_RSI, WorkerOptions.newBuilder()
                        .setMaxTaskQueueActivitiesPerSecond(config.ajio.rsiAcceptancesPerSecond)
                        .setMaxWorkerActivitiesPerSecond(config.ajio.rsiAcceptancesPerSecond)
                        .build())
                .registerActivitiesImplementations(new AjioActivitiesImpl(ajio, documents));
    }

    /** The worker factory's options (the bench's floor worker uses the same). */
    public static WorkerFactoryOptions factoryOptions(WorkerSettings settings) {
        return WorkerFactoryOptions.newBuilder()
                .setWorkflowCacheSize(settings.workflowCacheSize)
                .build();
    }

    /** The main task queue's worker options (the bench's floor worker uses the same). */
    public static WorkerOptions workerOptions(WorkerSettings settings) {
        return WorkerOptions.newBuilder()
                .setMaxConcurrentActivityExecutionSize(settings.maxConcurrentActivities)
                .setMaxConcurrentWorkflowTaskExecutionSize(settings.maxConcurrentWorkflowTasks)
                .setMaxConcurrentLocalActivityExecutionSize(settings.maxConcurrentLocalActivities)
                .setStickyQueueScheduleToStartTimeout(
                        java.time.Duration.ofMillis(settings.stickyScheduleToStartTimeout.toMilliseconds()))
                .build();
    }

    private static Map<String, String> erpUrls(VmsFlowConfiguration config) {
        Map<String, String> urls = new HashMap<>();
        config.clients.stream().filter(c -> c.erpUrl != null && !c.erpUrl.isBlank())
                .forEach(c -> urls.put(c.clientId, c.erpUrl));
        return urls;
    }

    /** Starts polling, then makes sure every client's Ajio sync and every channel's inventory sync runs. */
    public void start() {
        factory.start();
        if (config.sync.startOnBoot) {
            config.clients.forEach(this::ensureSync);
        }
        if (config.inventorySync.startOnBoot) {
            config.clients.forEach(this::ensureInventorySyncs);
        }
    }

    /**
     * Starts the inventory sync of each of the client's channels unless it runs already. A web store channel has no
     * connector yet (issue 19): it is listed and its changes wait in the database, but no sync starts for it.
     */
    public void ensureInventorySyncs(ClientSettings settings) {
        for (ChannelSettings channel : settings.channels()) {
            ChannelRef ref = channel.ref(settings.clientId);
            if (channel.kind != ChannelKind.AJIO) {
                LOG.info("no inventory sync for {}: {} channels come with their connector", ref, channel.kind);
                continue;
            }
            InventorySyncWorkflow sync = client.newWorkflowStub(InventorySyncWorkflow.class,
                    InventorySyncWorkflow.startOptions(config.temporal.taskQueue, ref));
            try {
                WorkflowClient.start(sync::run, InventorySyncState.start(ref, channel.kind, channel.initialGoLive(),
                        config.inventorySync.tuning(config.ajio.inventoryBatchSize,
                                config.ajio.inventoryCallsPerSecond)));
                LOG.info("started the inventory sync of {}", ref);
            } catch (WorkflowExecutionAlreadyStarted running) {
                LOG.info("the inventory sync of {} is running", ref);
            }
        }
    }

    /** Starts the client's sync workflow unless it runs already (a restarted worker finds it running). */
    public void ensureSync(ClientSettings settings) {
        AjioSyncWorkflow sync = client.newWorkflowStub(AjioSyncWorkflow.class,
                AjioSyncWorkflow.startOptions(config.temporal.taskQueue, settings.clientId));
        Instant lookback = Instant.now().minusMillis(config.sync.initialLookback.toMilliseconds());
        try {
            WorkflowClient.start(sync::run, new SyncState(settings.clientId, config.sync.toSettings(), lookback,
                    null, null, null, 0, 0, 0));
            LOG.info("started the Ajio sync of {}", settings.clientId);
        } catch (WorkflowExecutionAlreadyStarted running) {
            LOG.info("the Ajio sync of {} is running", settings.clientId);
        }
    }

    public WorkflowClient client() {
        return client;
    }

    public List<String> clientIds() {
        return config.clients.stream().map(c -> c.clientId).toList();
    }

    /** Stops polling and lets running tasks finish; what is left is retried by Temporal elsewhere. */
    @Override
    public void close() {
        factory.shutdown();
        factory.awaitTermination(30, TimeUnit.SECONDS);
        starter.close();
        nudges.close();
    }
}
