package com.vmsflow.sync;

import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.flow.VmsSearchAttributes;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.NewOrder;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.returns.NewReturn;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.rsi.NewRsiDocument;
import com.vmsflow.rsi.RsiDocumentWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts forward order workflows, one per Ajio order: the id {@code order:{client}:{order}} with duplicates
 * rejected makes a second start of the same order (an overlapping window, a retried page) a no-op, even after the
 * first one completed. A page's orders start in parallel.
 */
public class OrderStarter implements AutoCloseable {

    private final WorkflowClient client;
    private final String taskQueue;
    private final ExecutorService starters = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "order-starter");
        t.setDaemon(true);
        return t;
    });

    public OrderStarter(WorkflowClient client, String taskQueue) {
        this.client = client;
        this.taskQueue = taskQueue;
    }

    /** Answers how many were started; the others were known already. */
    public int startAll(ClientProfile profile, List<AjioOrder> orders) {
        List<CompletableFuture<Boolean>> starts = new ArrayList<>();
        for (AjioOrder order : orders) {
            starts.add(CompletableFuture.supplyAsync(() -> start(profile, order), starters));
        }
        return (int) starts.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
    }

    public boolean start(ClientProfile profile, AjioOrder order) {
        ForwardOrderWorkflow workflow = client.newWorkflowStub(ForwardOrderWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(ForwardOrderWorkflow.idFor(profile.clientId(), order.orderId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary("Ajio order " + order.orderId() + " of " + profile.clientId() + " ("
                        + profile.eInvoicingModel() + " e-invoicing)")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, profile.clientId())
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, order.orderId())
                        .set(VmsSearchAttributes.E_INVOICING_MODEL, profile.eInvoicingModel().name())
                        .set(VmsSearchAttributes.ORDER_STATUS, OrderStatus.CREATED.name())
                        .set(VmsSearchAttributes.WAITING_FOR, WaitingFor.NONE.name())
                        .set(VmsSearchAttributes.OVERDUE, false)
                        .build())
                .build());
        try {
            WorkflowClient.start(workflow::run, new NewOrder(profile, order));
            return true;
        } catch (WorkflowExecutionAlreadyStarted known) {
            return false;
        }
    }

    /** Starts the workflow of an Ajio return expectation; answers false when it was known already. */
    public boolean startReturn(ClientProfile profile, ReturnExpectation expectation) {
        ReturnWorkflow workflow = client.newWorkflowStub(ReturnWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(ReturnWorkflow.idFor(profile.clientId(), expectation.returnId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary(expectation.type() + " " + expectation.returnId() + " of order "
                        + expectation.orderId() + " (" + profile.returnModel() + ")")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, profile.clientId())
                        .set(VmsSearchAttributes.CHANNEL_ORDER_ID, expectation.orderId())
                        .set(VmsSearchAttributes.RETURN_MODEL, profile.returnModel().name())
                        .set(VmsSearchAttributes.WAITING_FOR, WaitingFor.NONE.name())
                        .build())
                .build());
        try {
            WorkflowClient.start(workflow::run, new NewReturn(profile, expectation));
            return true;
        } catch (WorkflowExecutionAlreadyStarted known) {
            return false;
        }
    }

    /** Starts the workflow of an Ajio RSI document; answers false when it was known already. */
    public boolean startRsiDocument(String clientId, RsiDocument document) {
        RsiDocumentWorkflow workflow = client.newWorkflowStub(RsiDocumentWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue)
                .setWorkflowId(RsiDocumentWorkflow.idFor(clientId, document.documentId()))
                .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .setStaticSummary("RSI document " + document.documentId() + " of " + clientId + " ("
                        + document.items().size() + " items)")
                .setTypedSearchAttributes(SearchAttributes.newBuilder()
                        .set(VmsSearchAttributes.CLIENT_ID, clientId).build())
                .build());
        try {
            WorkflowClient.start(workflow::run, new NewRsiDocument(clientId, document));
            return true;
        } catch (WorkflowExecutionAlreadyStarted known) {
            return false;
        }
    }

    @Override
    public void close() {
        starters.shutdownNow();
    }
}
