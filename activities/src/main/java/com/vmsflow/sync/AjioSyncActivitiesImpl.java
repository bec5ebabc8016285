package com.vmsflow.sync;

import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.CancellationPage;
import com.vmsflow.ajio.OrderPage;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnPage;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiPage;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.returns.RtoWorkflow;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.OrderRepository;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads Ajio's order list and cancellation feed for a client and hands them to the order workflows. */
public class AjioSyncActivitiesImpl implements AjioSyncActivities {

    private static final Logger LOG = LoggerFactory.getLogger(AjioSyncActivitiesImpl.class);
    private static final int FEED_PAGE = 100;

    private final AjioClient ajio;
    private final ClientRepository clients;
    private final OrderRepository orders;
    private final OrderStarter starter;
    private final WorkflowClient workflows;
    private final int pageSize;

    public AjioSyncActivitiesImpl(AjioClient ajio, ClientRepository clients, OrderRepository orders,
                                  OrderStarter starter, WorkflowClient workflows, int pageSize) {
        this.ajio = ajio;
        this.clients = clients;
        this.orders = orders;
        this.starter = starter;
        this.workflows = workflows;
        this.pageSize = pageSize;
    }

    /** Pages through the window; the heartbeat carries the next page, so a retried attempt resumes there. */
    @Override
    public OrdersPulled pullOrders(String clientId, Instant from, Instant to) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        ClientProfile profile = profile(clientId);
        int page = context.getHeartbeatDetails(Integer.class).orElse(0);
        int seen = 0;
        int started = 0;
        while (true) {
            OrderPage orders = ajio.listOrders(clientId, from, to, page, pageSize);
            seen += orders.orders().size();
            // The windows overlap: orders the read model knows are running already, so they are not started again.
            Set<String> known = this.orders.knownOrderIds(clientId,
                    orders.orders().stream().map(AjioOrder::orderId).toList());
            started += starter.startAll(profile, orders.orders().stream()
                    .filter(o -> !known.contains(o.orderId())).toList());
            context.heartbeat(page + 1);
            if (orders.isLast()) {
                break;
            }
            page++;
        }
        if (started > 0) {
            LOG.info("client {}: {} new orders from Ajio ({} seen in the window)", clientId, started, seen);
        }
        return new OrdersPulled(seen, started, seen - started);
    }

    /**
     * Starts a return workflow per expectation (its id makes a second start a no-op); an RTO's also tells the
     * order's RTO workflow, which waits for it when the warehouse reported the RTO first.
     */
    @Override
    public FeedRelayed relayReturns(String clientId, String cursor) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        ClientProfile profile = profile(clientId);
        String position = context.getHeartbeatDetails(String.class).orElse(cursor);
        int relayed = 0;
        while (true) {
            ReturnPage page = ajio.returns(clientId, position, FEED_PAGE);
            for (ReturnExpectation expectation : page.returns()) {
                if (starter.startReturn(profile, expectation)) {
                    relayed++;
                }
                if (expectation.type() == ReturnType.RTO) {
                    tellRtoWorkflow(clientId, expectation);
                }
            }
            if (page.returns().isEmpty() || Objects.equals(page.next(), position)) {
                return new FeedRelayed(position, relayed);
            }
            position = page.next();
            context.heartbeat(position);
        }
    }

    private void tellRtoWorkflow(String clientId, ReturnExpectation expectation) {
        try {
            workflows.newWorkflowStub(RtoWorkflow.class, RtoWorkflow.idFor(clientId, expectation.orderId()))
                    .expectationArrived(expectation.returnId());
        } catch (WorkflowNotFoundException noRtoReported) {
            // The warehouse has not reported this RTO: its return waits for the receipt like any other.
        }
    }

    @Override
    public FeedRelayed relayRsiDocuments(String clientId, String cursor) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        String position = context.getHeartbeatDetails(String.class).orElse(cursor);
        int relayed = 0;
        while (true) {
            RsiPage page = ajio.rsiDocuments(clientId, position, FEED_PAGE);
            for (RsiDocument document : page.documents()) {
                if (starter.startRsiDocument(clientId, document)) {
                    relayed++;
                }
            }
            if (page.documents().isEmpty() || Objects.equals(page.next(), position)) {
                return new FeedRelayed(position, relayed);
            }
            position = page.next();
            context.heartbeat(position);
        }
    }

    private ClientProfile profile(String clientId) {
        return clients.find(clientId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "no client " + clientId + " in the clients table", "UNKNOWN_CLIENT")).profile();
    }

    /**
     * Signals each event to its order. An order with no running workflow is skipped: a finished one has no use for
     * it, and one not fetched yet starts with Ajio's cancelled quantities in it.
     */
    @Override
    public FeedRelayed relayCancellations(String clientId, String cursor) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        String position = context.getHeartbeatDetails(String.class).orElse(cursor);
        int relayed = 0;
        while (true) {
            CancellationPage page = ajio.cancellations(clientId, position, FEED_PAGE);
            for (AjioCancellation event : page.events()) {
                try {
                    workflows.newWorkflowStub(ForwardOrderWorkflow.class,
                            ForwardOrderWorkflow.idFor(clientId, event.orderId())).ajioCancellation(event);
                    relayed++;
                } catch (WorkflowNotFoundException closedOrUnknown) {
                    LOG.info("client {}: cancellation {} of order {} has no running workflow", clientId,
                            event.eventId(), event.orderId());
                }
            }
            if (page.events().isEmpty() || Objects.equals(page.next(), position)) {
                return new FeedRelayed(position, relayed);
            }
            position = page.next();
            context.heartbeat(position);
        }
    }

    @Override
    public StatusChecked checkOpenOrders(String clientId) {
        throw new UnsupportedOperationException("the status check comes with issue 16's status reconciliation");
    }
}
