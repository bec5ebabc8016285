package com.vmsflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.handover.HandoverWorkflowImpl;
import com.vmsflow.returns.NewReturn;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.returns.ReturnWorkflowImpl;
import com.vmsflow.returns.RtoWorkflowImpl;
import com.vmsflow.rsi.RsiDocumentWorkflowImpl;
import com.vmsflow.replay.Histories;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The test server with time skipping, a worker running the real workflows, and in-memory outside systems that
 * record what they were asked. Time moves only when a test says so ({@link #pass}) or waits for a result.
 */
class OrderWorld implements AutoCloseable {

    static final Duration HOLD = Duration.ofHours(4);
    static final ClientProfile RMS_CLIENT = new ClientProfile("demo-rms", "29AAFCC9980M1ZR", EInvoicingModel.RMS,
            ReturnModel.RSI, PostingMode.PUSH, HOLD, Duration.ofHours(24), "DR");
    static final ClientProfile ERP_CLIENT = new ClientProfile("demo-erp", "27AAPFU0939F1ZV", EInvoicingModel.ERP,
            ReturnModel.CREDIT_NOTE_ERP, PostingMode.PUSH, HOLD, Duration.ofHours(24), "DE");

    final TestWorkflowEnvironment env;
    final WorkflowClient client;
    final FakeAjio ajio = new FakeAjio();
    final FakeDatabase database = new FakeDatabase();
    final FakeRms rms = new FakeRms();
    final FakeErp erp = new FakeErp();
    final FakeReturns returns = new FakeReturns();
    final FakeRsi rsi = new FakeRsi();
    final FakeBulkStock bulk = new FakeBulkStock();
    private final List<String> started = new CopyOnWriteArrayList<>();

    OrderWorld(Class<?>... moreWorkflows) {
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
                        .setDataConverter(DataConverters.vmsflow()).build())
                .build());
        for (SearchAttributeKey<?> key : VmsSearchAttributes.ALL) {
            env.registerSearchAttribute(key.getName(), key.getValueType());
        }
        Worker worker = env.newWorker(TaskQueues.VMSFLOW);
        worker.registerWorkflowImplementationTypes(ForwardOrderWorkflowImpl.class, HandoverWorkflowImpl.class,
                ReturnWorkflowImpl.class, RtoWorkflowImpl.class, RsiDocumentWorkflowImpl.class);
        if (moreWorkflows.length > 0) {
            worker.registerWorkflowImplementationTypes(moreWorkflows);
        }
        worker.registerActivitiesImplementations(ajio, database, rms, erp, returns, rsi, bulk);
        env.newWorker(TaskQueues.AJIO_RSI).registerActivitiesImplementations(ajio);
        env.start();
        client = env.getWorkflowClient();
        returns.client = client;
    }

    /** AJ-TEE-M and AJ-JEANS-32 mapped to TEE-M and JEANS-32, {@code onHand} of each in stock. */
    OrderWorld withTeesAndJeans(int onHand) {
        database.mappings.put("AJ-TEE-M", "TEE-M");
        database.mappings.put("AJ-JEANS-32", "JEANS-32");
        database.onHand.put("TEE-M", onHand);
        database.onHand.put("JEANS-32", onHand);
        return this;
    }

    Instant now() {
        return Instant.ofEpochMilli(env.currentTimeMillis());
    }

    /** Starts the order's workflow the way the Ajio sync does; answers a stub for signals, updates and queries. */
    ForwardOrderWorkflow start(ClientProfile profile, AjioOrder order) {
        String id = ForwardOrderWorkflow.idFor(profile.clientId(), order.orderId());
        ForwardOrderWorkflow starter = client.newWorkflowStub(ForwardOrderWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW)
                .setWorkflowId(id)
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, profile.clientId())
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, order.orderId())
                        .set(VmsSearchAttributes.E_INVOICING_MODEL, profile.eInvoicingModel().name())
                        .build())
                .build());
        WorkflowClient.start(starter::run, new NewOrder(profile, order));
        started.add(id);
        return client.newWorkflowStub(ForwardOrderWorkflow.class, id);
    }

    ReturnWorkflow startReturn(ClientProfile profile, ReturnExpectation expectation) {
        String id = ReturnWorkflow.idFor(profile.clientId(), expectation.returnId());
        ReturnWorkflow starter = client.newWorkflowStub(ReturnWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(id).build());
        WorkflowClient.start(starter::run, new NewReturn(profile, expectation));
        started.add(id);
        return client.newWorkflowStub(ReturnWorkflow.class, id);
    }

    /** Keeps the history of a workflow the test started itself, when recording replay fixtures. */
    void track(String workflowId) {
        started.add(workflowId);
    }

    /** Lets workflow time pass (timers fire), as a clock on the wall would. */
    void pass(Duration duration) {
        env.sleep(duration);
    }

    OrderState awaitStatus(ForwardOrderWorkflow order, OrderStatus status) {
        return await(order, s -> s.status() == status, "status " + status);
    }

    /** Polls the order's state query until it matches (activities run on the worker's threads meanwhile). */
    OrderState await(ForwardOrderWorkflow order, Predicate<OrderState> condition, String what) {
        OrderState[] state = new OrderState[1];
        awaitThat(() -> condition.test(state[0] = order.state()),
                () -> "waiting for " + what + "; the order is " + state[0].status());
        return state[0];
    }

    /** Polls until {@code condition} holds, for at most 15 s. */
    void awaitThat(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as(what).isLessThan(deadline);
            sleepQuietly();
        }
    }

    /** Waits for the workflow's end (time skips meanwhile) and answers its final state. */
    OrderState result(ForwardOrderWorkflow order) {
        return WorkflowStub.fromTyped(order).getResult(OrderState.class);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the histories of the orders run here when recording replay fixtures (see {@link Histories}). */
    @Override
    public void close() {
        started.forEach(id -> Histories.record(client, id, null, id));
        env.close();
    }
}
