package com.vmsflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.config.ChannelSettings;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.database.DatabaseActivitiesImpl;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.database.ReturnRestock;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.StockView;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock changes wake each channel's sync soon, a burst of them with few signals, and the caller never waits. */
class SignallingStockNudgesTest {

    private static final String QUEUE = "nudges";
    private static final Duration INTERVAL = Duration.ofMillis(300);

    private static SyncWorld world;
    private TestWorkflowEnvironment temporal;
    private WorkflowClient client;

    @BeforeAll
    static void startWorld() {
        world = new SyncWorld();
    }

    @AfterAll
    static void stopWorld() {
        world.close();
    }

    @BeforeEach
    void startTemporal() {
        temporal = TestWorkflowEnvironment.newInstance();
        Worker worker = temporal.newWorker(QUEUE);
        worker.registerWorkflowImplementationTypes(CountingSync.class);
        temporal.start();
        client = temporal.getWorkflowClient();
    }

    @AfterEach
    void stopTemporal() {
        temporal.close();
    }

    @Test
    void aBurstOfChangesNudgesEachChannelOfTheClientAFewTimesTheLastAfterTheLastChange() throws Exception {
        ChannelRef ajio = world.newClient(settings -> {
            ChannelSettings web = new ChannelSettings();
            web.channelId = "web";
            web.kind = ChannelKind.WEBSTORE;
            settings.channels.add(web);
        });
        ChannelRef web = new ChannelRef(ajio.clientId(), "web");
        InventorySyncWorkflow ajioSync = start(ajio);
        InventorySyncWorkflow webSync = start(web);

        try (SignallingStockNudges nudges = new SignallingStockNudges(client, world.channels, INTERVAL)) {
            long started = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                nudges.stockChanged(ajio.clientId());
            }
            Duration calling = Duration.ofNanos(System.nanoTime() - started);
            Thread.sleep(INTERVAL.multipliedBy(3).toMillis());

            assertThat(calling).as("the caller never waits for Temporal").isLessThan(Duration.ofMillis(250));
            for (InventorySyncWorkflow sync : List.of(ajioSync, webSync)) {
                assertThat(nudgesOf(sync)).isBetween(1L, 3L);
            }

            long before = nudgesOf(ajioSync);
            nudges.stockChanged(ajio.clientId());
            awaitNudges(ajioSync, before + 1);
        }
    }

    @Test
    void aChannelWhoseSyncDoesNotRunIsSkippedAndTheOthersAreStillNudged() throws Exception {
        ChannelRef idle = world.newClient();
        ChannelRef running = world.newClient();
        InventorySyncWorkflow sync = start(running);

        try (SignallingStockNudges nudges = new SignallingStockNudges(client, world.channels, INTERVAL)) {
            nudges.stockChanged(idle.clientId());
            nudges.stockChanged("no-such-client");
            nudges.stockChanged(running.clientId());

            awaitNudges(sync, 1);
        }
    }

    @Test
    void theDatabaseActivitiesNudgeOnceTheirStockChangeHasCommitted() {
        ChannelRef channel = world.newClient();
        world.stock(channel, "TEE-M", "BLR", 5);
        List<Long> pendingWhenNudged = new CopyOnWriteArrayList<>();
        StockNudges recording = clientId -> pendingWhenNudged.add(world.pendingChanges(channel));
        DatabaseActivitiesImpl database = new DatabaseActivitiesImpl(world.mappings, world.inventory,
                new DocumentRepository(world.jdbi), new OrderRepository(world.jdbi), recording);

        database.reserveInventory(channel.clientId(), "ORDER-1", Map.of("TEE-M", 2));
        database.reserveInventory(channel.clientId(), "ORDER-1", Map.of("TEE-M", 1));
        database.consumeReservation(channel.clientId(), "ORDER-1");

        // 1 change waits before (the stock written); each call's own change(s) are there when its nudge goes.
        assertThat(pendingWhenNudged).hasSize(3);
        assertThat(pendingWhenNudged.get(0)).isGreaterThan(1L);
        assertThat(pendingWhenNudged.get(1)).isGreaterThan(pendingWhenNudged.get(0));
        assertThat(pendingWhenNudged.get(2)).isGreaterThan(pendingWhenNudged.get(1));
    }

    @Test
    void aReturnRestockedIntoGoodTellsTheUnfulfillableOrdersToReserveAgainAndOneIntoQcFailDoesNot() {
        ChannelRef channel = world.newClient();
        world.stock(channel, "TEE-M", "BLR", 0);
        OrderRepository orders = new OrderRepository(world.jdbi);
        orders.record(new OrderRecord(channel.clientId(), "WAITING-1", EInvoicingModel.RMS, OrderStatus.UNFULFILLABLE,
                WaitingFor.SELLER, null, null, Instant.parse("2026-03-01T00:00:00Z"), List.of(), false, null,
                new StatusChange(1, OrderStatus.UNFULFILLABLE, Instant.parse("2026-03-01T00:00:00Z"), null)));
        List<String> told = new CopyOnWriteArrayList<>();
        DatabaseActivitiesImpl database = new DatabaseActivitiesImpl(world.mappings, world.inventory,
                new DocumentRepository(world.jdbi), orders, StockNudges.NONE,
                (clientId, orderId) -> told.add(clientId + "/" + orderId));

        database.restockReturn(channel.clientId(), "RET-1", "SHIPPED-1",
                List.of(new ReturnRestock("TEE-M:FAIL", "TEE-M", 1, StockPool.QC_FAIL)));
        assertThat(told).isEmpty();

        database.restockReturn(channel.clientId(), "RET-2", "SHIPPED-2",
                List.of(new ReturnRestock("TEE-M:PASS", "TEE-M", 1, StockPool.GOOD)));
        assertThat(told).containsExactly(channel.clientId() + "/WAITING-1");

        // A retry after a lost answer restocks nothing more but tells the order again (telling is free).
        assertThat(database.restockReturn(channel.clientId(), "RET-2", "SHIPPED-2",
                List.of(new ReturnRestock("TEE-M:PASS", "TEE-M", 1, StockPool.GOOD)))).isEmpty();
        assertThat(told).hasSize(2);
        assertThat(world.inventory.stock(channel.clientId(), "TEE-M")).containsExactlyInAnyOrder(
                new StockView("TEE-M", "BLR", StockPool.GOOD, 1, 0),
                new StockView("TEE-M", "BLR", StockPool.QC_FAIL, 1, 0));
    }

    private InventorySyncWorkflow start(ChannelRef channel) {
        InventorySyncWorkflow sync = client.newWorkflowStub(InventorySyncWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE).setWorkflowId(InventorySyncWorkflow.idFor(channel)).build());
        WorkflowClient.start(sync::run, InventorySyncState.start(channel, ChannelKind.AJIO,
                GoLive.of(GoLiveMode.ALL), SyncTuning.defaults()));
        return sync;
    }

    private static long nudgesOf(InventorySyncWorkflow sync) {
        return sync.state().changesPushed();
    }

    private static void awaitNudges(InventorySyncWorkflow sync, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (nudgesOf(sync) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(nudgesOf(sync)).isGreaterThanOrEqualTo(atLeast);
    }

    /** A sync that only counts its nudges (in {@code changesPushed}, for the query). */
    public static class CountingSync implements InventorySyncWorkflow {
        private InventorySyncState state;
        private long nudges;

        @Override
        public void run(InventorySyncState start) {
            state = start;
            Workflow.await(() -> false);
        }

        @Override
        public InventorySyncState state() {
            return new InventorySyncState(state.channel(), state.kind(), state.goLive(), state.tuning(), null, null,
                    nudges, 0, 0, 0, null, 0, null);
        }

        @Override
        public void stockChanged() {
            nudges++;
        }

        @Override
        public GoLive goLive(GoLive control) {
            return control;
        }

        @Override
        public void validateGoLive(GoLive control) {
        }

        @Override
        public String reconcileNow(String requestedBy) {
            return "none";
        }
    }
}
