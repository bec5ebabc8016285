package com.vmsflow.sync;

import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.order.ForwardOrderStart;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.NewOrder;
import com.vmsflow.returns.NewReturn;
import com.vmsflow.returns.ReturnStart;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.rsi.NewRsiDocument;
import com.vmsflow.rsi.RsiDocumentStart;
import com.vmsflow.rsi.RsiDocumentWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.workflow.Functions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the workflows of what the Ajio sync finds: a forward order workflow per Ajio order, with its
 * {@link ForwardOrderStart} options, a return workflow per return expectation and an RSI document workflow per RSI
 * document (a second start of the same one is a no-op). A page's orders start in parallel.
 */
public class WorkflowStarter implements AutoCloseable {

    private final WorkflowClient client;
    private final String taskQueue;
    private final ExecutorService starters = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "order-starter");
        t.setDaemon(true);
        return t;
    });

    public WorkflowStarter(WorkflowClient client, String taskQueue) {
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
        ForwardOrderWorkflow workflow = client.newWorkflowStub(ForwardOrderWorkflow.class,
                ForwardOrderStart.options(taskQueue, profile, order.orderId()));
        return startedNew(workflow::run, new NewOrder(profile, order));
    }

    /** Starts the workflow of an Ajio return expectation; answers false when it was known already. */
    public boolean startReturn(ClientProfile profile, ReturnExpectation expectation) {
        ReturnWorkflow workflow = client.newWorkflowStub(ReturnWorkflow.class,
                ReturnStart.options(taskQueue, profile, expectation));
        return startedNew(workflow::run, new NewReturn(profile, expectation));
    }

    /** Starts the workflow of an Ajio RSI document; answers false when it was known already. */
    public boolean startRsiDocument(String clientId, RsiDocument document) {
        RsiDocumentWorkflow workflow = client.newWorkflowStub(RsiDocumentWorkflow.class,
                RsiDocumentStart.options(taskQueue, clientId, document));
        return startedNew(workflow::run, new NewRsiDocument(clientId, document));
    }

    /** Starts a workflow; false when one of its id was started already. */
    private static <A, R> boolean startedNew(Functions.Func1<A, R> run, A input) {
        try {
            WorkflowClient.start(run, input);
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
