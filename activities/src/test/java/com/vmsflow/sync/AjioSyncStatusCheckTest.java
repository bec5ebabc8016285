package com.vmsflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.SellerAccount;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.config.AjioSettings;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.CancellationRequest;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.HandedOver;
import com.vmsflow.order.NewOrder;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.PackResult;
import com.vmsflow.order.StatusChange;
import com.vmsflow.flow.SupportRequest;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.sandbox.SandboxClient;
import com.vmsflow.sandbox.SandboxConfiguration;
import com.vmsflow.sandbox.SandboxServer;
import com.vmsflow.sandbox.ajio.order.NewOrderLine;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.Fixtures;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.StatusMismatchRepository;
import com.vmsflow.store.report.ReportDao;
import com.vmsflow.store.report.StatusMismatchRow;
import com.vmsflow.testing.TestDatabase;
import io.dropwizard.util.Duration;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The status check of open orders (seed 004: "order in processing status though it was cancelled on the seller
 * panel") against the real sandbox's Ajio and PostgreSQL: a panel cancellation is listed once and handed to its
 * order once, however often it is found; what we cancelled already, and what Ajio still shows open, is left alone.
 */
class AjioSyncStatusCheckTest {

    private static SandboxServer sandbox;
    private static SandboxClient control;
    private static TestDatabase database;
    private static Jdbi jdbi;

    /** The cancellations each order's workflow received, by order id. */
    static final Map<String, List<AjioCancellation>> RECEIVED = new ConcurrentHashMap<>();
    /** The order updates each order's workflow received, by order id. */
    static final Map<String, List<com.vmsflow.ajio.AjioOrderUpdate>> UPDATES = new ConcurrentHashMap<>();

    /** Stands in for the order workflow: it runs, and takes Ajio's cancellations in; nothing else reaches it. */
    public static class ReceivingOrder implements ForwardOrderWorkflow {

        @Override
        public OrderState run(NewOrder order) {
            Workflow.await(() -> false);
            return null;
        }

        @Override
        public void ajioCancellation(AjioCancellation cancellation) {
            if (!Workflow.isReplaying()) {
                RECEIVED.computeIfAbsent(cancellation.orderId(), id -> new CopyOnWriteArrayList<>())
                        .add(cancellation);
            }
        }

        @Override
        public OrderState state() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void ajioOrderUpdate(com.vmsflow.ajio.AjioOrderUpdate update) {
            if (!Workflow.isReplaying()) {
                UPDATES.computeIfAbsent(update.orderId(), id -> new CopyOnWriteArrayList<>()).add(update);
            }
        }

        @Override
        public void skuMappingsUploaded() {
        }

        @Override
        public void inventoryUpdated() {
        }

        @Override
        public void handedOver(HandedOver handover) {
        }

        @Override
        public OrderState support(SupportRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateSupport(SupportRequest request) {
        }

        @Override
        public OrderState pack(PackResult result) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validatePack(PackResult result) {
        }

        @Override
        public OrderState cancel(CancellationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateCancel(CancellationRequest request) {
        }

        @Override
        public OrderState submitB2bInvoice(EInvoice invoice) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateB2bInvoice(EInvoice invoice) {
        }

        @Override
        public OrderState submitB2b2cInvoice(EInvoice invoice) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void validateB2b2cInvoice(EInvoice invoice) {
        }
    }

    private String client;
    private String seller;
    private TestWorkflowEnvironment temporal;
    private TestActivityEnvironment activities;
    private AjioSyncActivities sync;
    private OrderRepository orders;

    @BeforeAll
    static void startSandboxAndDatabase() {
        sandbox = SandboxServer.start(SandboxConfiguration.defaults(0));
        control = new SandboxClient(sandbox.baseUrl());
        database = TestDatabase.create();
        jdbi = database.jdbi();
    }

    @AfterAll
    static void stop() {
        database.close();
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        client = "status-" + suffix;
        seller = "seller-" + suffix;
        new ClientRepository(jdbi).upsert(Fixtures.client(client, "ST"));
        orders = new OrderRepository(jdbi);

        WorkflowClientOptions clientOptions = WorkflowClientOptions.newBuilder()
                .setDataConverter(DataConverters.vmsflow()).build();
        temporal = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(clientOptions).build());
        Worker worker = temporal.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(ReceivingOrder.class);
        temporal.start();

        AjioSettings settings = new AjioSettings();
        settings.baseUrl = sandbox.baseUrl() + "/ajio";
        settings.readTimeout = Duration.seconds(10);
        AjioClient ajio = new AjioClient(settings, id -> id.equals(client)
                ? Optional.of(new SellerAccount(seller, "secret")) : Optional.empty());
        activities = TestActivityEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(clientOptions).build());
        activities.registerActivitiesImplementations(new AjioSyncActivitiesImpl(ajio, new ClientRepository(jdbi),
                orders, new StatusMismatchRepository(jdbi), new WorkflowStarter(temporal.getWorkflowClient(),
                TaskQueues.VMSFLOW), temporal.getWorkflowClient(), 100));
        sync = activities.newActivityStub(AjioSyncActivities.class, AjioSyncActivities.OPTIONS);
    }

    @AfterEach
    void tearDown() {
        activities.close();
        temporal.close();
    }

    @Test
    void aPanelCancellationIsListedOnceAndHandedToItsOrderOnceAcrossTwoChecks() {
        String order = ajioOrder(2, 1);
        weHave(order, OrderStatus.PROCESSING);
        control.panelCancellation(seller, order);

        StatusChecked first = sync.checkOpenOrders(client);
        // The SOP rules refused it, say (or the order has not taken it yet): the order is still open with us.
        StatusChecked second = sync.checkOpenOrders(client);

        assertThat(first).isEqualTo(new StatusChecked(1, 1, 1));
        assertThat(second).as("found again, listed and handed over already").isEqualTo(new StatusChecked(1, 0, 0));
        assertThat(received(order)).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("panel:" + order);
            assertThat(event.source()).isEqualTo(CancellationSource.AJIO_BUSINESS);
            assertThat(event.full()).isTrue();
            assertThat(event.lines()).extracting(l -> l.quantity()).containsExactly(2, 1);
        });
        assertThat(report()).as("report status-mismatches lists it once").singleElement().satisfies(row -> {
            assertThat(row.orderId()).isEqualTo(order);
            assertThat(row.eventId()).isEqualTo("panel:" + order);
            assertThat(row.ourStatus()).isEqualTo("PROCESSING");
            assertThat(row.ajioView()).isEqualTo("every line cancelled: 2 lines (3 of 3 units)");
            assertThat(row.statusNow()).isEqualTo("PROCESSING");
        });
    }

    @Test
    void anOrderCancelledAtAjioThroughTheFeedAndCancelledWithUsIsNoMismatch() {
        String order = ajioOrder(1);
        control.customerCancellation(seller, order, List.of());
        weHave(order, OrderStatus.CANCELLED);

        StatusChecked checked = sync.checkOpenOrders(client);

        assertThat(checked).as("not open with us: not even read").isEqualTo(new StatusChecked(0, 0, 0));
        assertThat(RECEIVED).doesNotContainKey(order);
        assertThat(report()).isEmpty();
    }

    @Test
    void anOrderAjioStillShowsOpenIsLeftAlone() {
        String open = ajioOrder(1);
        weHave(open, OrderStatus.FULFILLABLE);
        String partlyCancelled = ajioOrder(2, 1);
        weHave(partlyCancelled, OrderStatus.FULFILLABLE);
        control.customerCancellation(seller, partlyCancelled, List.of(
                new com.vmsflow.sandbox.ajio.order.LineQuantity(control.order(seller, partlyCancelled).lines()
                        .get(0).lineId(), 2)));

        StatusChecked checked = sync.checkOpenOrders(client);

        assertThat(checked).as("both read, neither cancelled in full").isEqualTo(new StatusChecked(2, 0, 0));
        assertThat(RECEIVED).doesNotContainKeys(open, partlyCancelled);
        assertThat(report()).isEmpty();
    }

    @Test
    void anOrderAjioRefusesToShowDoesNotStopTheCheckOfTheOthers() {
        weHave("FL-UNKNOWN-" + seller, OrderStatus.PROCESSING);
        String cancelled = ajioOrder(1);
        weHave(cancelled, OrderStatus.PROCESSING);
        control.panelCancellation(seller, cancelled);

        StatusChecked checked = sync.checkOpenOrders(client);

        assertThat(checked).as("the unknown order is not counted as read").isEqualTo(new StatusChecked(1, 1, 1));
        assertThat(received(cancelled)).hasSize(1);
        assertThat(report()).extracting(StatusMismatchRow::orderId).containsExactly(cancelled);
    }

    /**
     * Ajio's order-updates feed (ONHOLD orders): each event reaches its running order, the cursor moves on, and an
     * event for an order with no workflow is skipped without stopping the others.
     */
    @Test
    void theOrderUpdatesReachTheirRunningOrdersAndTheCursorMovesOn() {
        String held = ajioOrder(1);
        weHave(held, OrderStatus.ONHOLD);
        String original = ajioOrder(1);
        String replacement = control.createOrder(seller, new com.vmsflow.sandbox.ajio.order.NewOrder(null, null,
                List.of(new NewOrderLine("AJ-1", 1, new BigDecimal("499.00"))), null, null, original)).orderId();
        weHave(replacement, OrderStatus.ONHOLD);
        String unknown = control.createOrder(seller, new com.vmsflow.sandbox.ajio.order.NewOrder(null, null,
                List.of(new NewOrderLine("AJ-1", 1, new BigDecimal("499.00"))), null, Instant.now(), null)).orderId();
        Instant later = Instant.parse("2026-12-24T06:00:00Z");
        control.moveDispatchAfter(seller, unknown, later);
        control.moveDispatchAfter(seller, held, later);
        control.returnPickedUp(seller, replacement);

        FeedRelayed first = sync.relayOrderUpdates(client, null);
        FeedRelayed nothingNew = sync.relayOrderUpdates(client, first.cursor());

        assertThat(first.relayed()).as("the order with no workflow skipped").isEqualTo(2);
        assertThat(nothingNew).isEqualTo(new FeedRelayed(first.cursor(), 0));
        assertThat(receivedUpdates(held)).singleElement().satisfies(update -> {
            assertThat(update.type()).isEqualTo(com.vmsflow.ajio.AjioOrderUpdate.Type.DISPATCH_AFTER_CHANGED);
            assertThat(update.dispatchAfter()).isEqualTo(later);
        });
        assertThat(receivedUpdates(replacement)).singleElement().extracting(u -> u.type())
                .isEqualTo(com.vmsflow.ajio.AjioOrderUpdate.Type.RETURN_PICKED_UP);
        assertThat(UPDATES).doesNotContainKey(unknown);
    }

    private static List<com.vmsflow.ajio.AjioOrderUpdate> receivedUpdates(String orderId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!UPDATES.containsKey(orderId) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return UPDATES.get(orderId);
    }

    /**
     * The cancellations the order's workflow took in. The signal is accepted when the check sends it and taken in by
     * the workflow's next task, so this waits (up to 10 s) for the first.
     */
    private static List<AjioCancellation> received(String orderId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!RECEIVED.containsKey(orderId) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return RECEIVED.get(orderId);
    }

    /** An order at the sandbox's Ajio with lines of these quantities. */
    private String ajioOrder(int... quantities) {
        NewOrderLine[] lines = new NewOrderLine[quantities.length];
        for (int i = 0; i < quantities.length; i++) {
            lines[i] = new NewOrderLine("AJ-" + (i + 1), quantities[i], new BigDecimal("499.00"));
        }
        return control.createOrder(seller, lines).orderId();
    }

    /** Our read model has the order at this status, and its workflow runs. */
    private void weHave(String orderId, OrderStatus status) {
        orders.record(new OrderRecord(client, orderId, EInvoicingModel.RMS, status, WaitingFor.NONE, null, null,
                Instant.now(), List.of(), false, null, new StatusChange(1, status, Instant.now(), null)));
        ForwardOrderWorkflow workflow = temporal.getWorkflowClient().newWorkflowStub(ForwardOrderWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.VMSFLOW)
                        .setWorkflowId(ForwardOrderWorkflow.idFor(client, orderId)).build());
        WorkflowClient.start(workflow::run, (NewOrder) null);
    }

    /** The client's report status-mismatches, as support reads it. */
    private List<StatusMismatchRow> report() {
        return jdbi.withExtension(ReportDao.class, dao -> dao.statusMismatches(client, Instant.EPOCH,
                Instant.now().plusSeconds(3600)).toList());
    }
}
