package com.vmsflow.sync;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioCancellation;
import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.AjioOrderLine;
import com.vmsflow.ajio.CancellationPage;
import com.vmsflow.ajio.OrderUpdatePage;
import com.vmsflow.ajio.ReturnPage;
import com.vmsflow.ajio.RsiPage;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.ajio.OrderPage;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.order.ForwardOrderWorkflow;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.returns.RtoWorkflow;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.StatusMismatchRepository;
import com.vmsflow.store.StatusMismatchRepository.OpenOrder;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Ajio's order list and feeds for a client and hands them to the order workflows; checks the open orders'
 * status at Ajio for cancellations on its seller panel, which no feed tells of.
 */
public record AjioSyncActivitiesImpl(AjioClient ajio, ClientRepository clients, OrderRepository orders,
                                     StatusMismatchRepository mismatches, WorkflowStarter starter,
                                     WorkflowClient workflows, int pageSize) implements AjioSyncActivities {

    private static final Logger LOG = LoggerFactory.getLogger(AjioSyncActivitiesImpl.class);
    private static final int FEED_PAGE = 100;
    private static final int OPEN_ORDERS_PAGE = 200;

    /** The event id of a cancellation found on Ajio's seller panel: one per order, so it is applied once. */
    public static final String PANEL_EVENT_PREFIX = "panel:";
    static final String PANEL_REASON = "cancelled on Ajio's seller panel, without a feed event (found by the status"
            + " check)";

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
            Set<String> known = this.orders.knownOrderIds(profile.clientId(),
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
        ClientProfile profile = profile(clientId);
        return relayFeed(cursor, position -> ajio.returns(clientId, position, FEED_PAGE), ReturnPage::returns,
                ReturnPage::next, expectation -> {
                    boolean started = starter.startReturn(profile, expectation);
                    if (expectation.type() == ReturnType.RTO) {
                        tellRtoWorkflow(profile.clientId(), expectation);
                    }
                    return started;
                });
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
        return relayFeed(cursor, position -> ajio.rsiDocuments(clientId, position, FEED_PAGE), RsiPage::documents,
                RsiPage::next, document -> starter.startRsiDocument(clientId, document));
    }

    /**
     * The profile the account's orders start with: for a B2B2C partner's account the brand's, with the partner's
     * terms (the orders are the brand's: {@code order:{brand}:{marketplaceOrderId}}).
     */
    private ClientProfile profile(String clientId) {
        return clients.orderProfile(clientId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "no client " + clientId + " in the clients table", "UNKNOWN_CLIENT"));
    }

    /**
     * Signals each event to its order. An order with no running workflow is skipped: a finished one has no use for
     * it, and one not fetched yet starts with Ajio's cancelled quantities in it.
     */
    @Override
    public FeedRelayed relayCancellations(String clientId, String cursor) {
        String owner = profile(clientId).clientId();
        return relayFeed(cursor, position -> ajio.cancellations(clientId, position, FEED_PAGE),
                CancellationPage::events, CancellationPage::next, event -> relayToOrder(owner, "cancellation",
                        event.eventId(), event.orderId(), order -> order.ajioCancellation(event)));
    }

    /**
     * Signals each order update to its order, which drops one it has had (a retried page signals again). An order
     * with no running workflow is skipped: a finished one has no hold, and one not fetched yet reads its dispatch-after
     * time and pickup from Ajio when it starts and again before it holds.
     */
    @Override
    public FeedRelayed relayOrderUpdates(String clientId, String cursor) {
        String owner = profile(clientId).clientId();
        return relayFeed(cursor, position -> ajio.orderUpdates(clientId, position, FEED_PAGE),
                OrderUpdatePage::events, OrderUpdatePage::next, update -> relayToOrder(owner, "order update",
                        update.eventId(), update.orderId(), order -> order.ajioOrderUpdate(update)));
    }

    /**
     * Pages through one of Ajio's feeds from the cursor, handing each item to {@code relay} (true: it counts as
     * relayed); the heartbeat carries the cursor, so a retried attempt resumes there. Done at an empty page or one
     * whose {@code next} is where it already stands.
     */
    private static <P, E> FeedRelayed relayFeed(String cursor, Function<String, P> read, Function<P, List<E>> items,
                                                Function<P, String> next, Predicate<E> relay) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        String position = context.getHeartbeatDetails(String.class).orElse(cursor);
        int relayed = 0;
        while (true) {
            P page = read.apply(position);
            for (E item : items.apply(page)) {
                if (relay.test(item)) {
                    relayed++;
                }
            }
            if (items.apply(page).isEmpty() || Objects.equals(next.apply(page), position)) {
                return new FeedRelayed(position, relayed);
            }
            position = next.apply(page);
            context.heartbeat(position);
        }
    }

    /** Signals a feed's event to its order; one with no running workflow is skipped, and logged. */
    private boolean relayToOrder(String clientId, String event, String eventId, String orderId,
                                 Consumer<ForwardOrderWorkflow> signal) {
        boolean told = tellOrder(clientId, orderId, signal);
        if (!told) {
            LOG.info("client {}: {} {} of order {} has no running workflow", clientId, event, eventId, orderId);
        }
        return told;
    }

    /** Signals the order's workflow; false when the order has no running workflow. */
    private boolean tellOrder(String clientId, String orderId, Consumer<ForwardOrderWorkflow> signal) {
        try {
            signal.accept(workflows.newWorkflowStub(ForwardOrderWorkflow.class,
                    ForwardOrderWorkflow.idFor(clientId, orderId)));
            return true;
        } catch (WorkflowNotFoundException closedOrUnknown) {
            return false;
        }
    }

    /**
     * Pages through the open orders of the read model, reading each at Ajio; the heartbeat carries the last order
     * read and the counts, so a retried attempt resumes there. An order Ajio shows with every line cancelled is
     * handed to its workflow as Ajio's cancellation, then listed; one listed already was handed over then, and its
     * workflow drops the same event id anyway.
     */
    @Override
    public StatusChecked checkOpenOrders(String clientId) {
        ActivityExecutionContext context = Activity.getExecutionContext();
        CheckProgress progress = context.getHeartbeatDetails(CheckProgress.class).orElse(CheckProgress.START);
        while (true) {
            List<OpenOrder> page = mismatches.openOrders(clientId, progress.afterOrderId(), OPEN_ORDERS_PAGE);
            for (OpenOrder order : page) {
                progress = progress.next(order.orderId(), check(clientId, order));
                context.heartbeat(progress);
            }
            if (page.size() < OPEN_ORDERS_PAGE) {
                break;
            }
        }
        if (progress.mismatches() > 0) {
            LOG.info("client {}: {} open orders cancelled at Ajio without a feed event ({} read)", clientId,
                    progress.mismatches(), progress.checked());
        }
        return new StatusChecked(progress.checked(), progress.mismatches(), progress.relayed());
    }

    /** What the check of one order did: read it, found a new mismatch, handed it to the order's workflow. */
    record OrderChecked(boolean read, boolean mismatch, boolean relayed) {
    }

    /** How far a check went: its heartbeat. */
    public record CheckProgress(String afterOrderId, int checked, int mismatches, int relayed) {

        static final CheckProgress START = new CheckProgress(null, 0, 0, 0);

        CheckProgress next(String orderId, OrderChecked order) {
            return new CheckProgress(orderId, checked + (order.read() ? 1 : 0),
                    mismatches + (order.mismatch() ? 1 : 0), relayed + (order.relayed() ? 1 : 0));
        }
    }

    private OrderChecked check(String clientId, OpenOrder order) {
        AjioOrder atAjio;
        try {
            atAjio = ajio.getOrder(clientId, order.orderId());
        } catch (ApplicationFailure failure) {
            if (!AjioActivities.REFUSED.equals(failure.getType())) {
                throw failure; // Ajio unavailable or throttling: the attempt is retried from the heartbeat
            }
            // One order Ajio refuses to show (unknown to it, say) does not stop the others' check.
            LOG.warn("client {}: Ajio refused to show order {}: {}", clientId, order.orderId(),
                    failure.getOriginalMessage());
            return new OrderChecked(false, false, false);
        }
        String eventId = PANEL_EVENT_PREFIX + order.orderId();
        if (!everyLineCancelled(atAjio) || mismatches.listed(order.clientId(), order.orderId(), eventId)
                || cancelledWithUsMeanwhile(order.clientId(), order.orderId())) {
            return new OrderChecked(true, false, false);
        }
        Instant foundAt = Instant.now();
        // Handed over first, listed after: a crash between the two hands it over again, which the order drops.
        boolean relayed = relay(order.clientId(), new AjioCancellation(eventId, order.orderId(),
                CancellationSource.AJIO_BUSINESS, true, atAjio.lines().stream()
                        .map(line -> new LineQuantity(line.lineId(), line.cancelledQuantity())).toList(),
                PANEL_REASON, foundAt));
        boolean listed = mismatches.add(order.clientId(), order.orderId(), eventId, order.status(), ajioView(atAjio),
                foundAt);
        return new OrderChecked(true, listed, relayed);
    }

    /** Our own cancellation may reach Ajio before our read model: such an order is no mismatch. */
    private boolean cancelledWithUsMeanwhile(String clientId, String orderId) {
        return orders.find(clientId, orderId).map(row -> row.status().isFinal()).orElse(false);
    }

    private boolean relay(String clientId, AjioCancellation cancellation) {
        boolean told = tellOrder(clientId, cancellation.orderId(), order -> order.ajioCancellation(cancellation));
        if (!told) {
            LOG.warn("client {}: order {} is cancelled at Ajio and open with us, but has no running workflow",
                    clientId, cancellation.orderId());
        }
        return told;
    }

    static boolean everyLineCancelled(AjioOrder order) {
        return !order.lines().isEmpty() && order.lines().stream().allMatch(line -> line.openQuantity() <= 0);
    }

    /** E.g. {@code every line cancelled: 2 lines (3 of 3 units)}: what the report shows of Ajio's view. */
    static String ajioView(AjioOrder order) {
        int units = order.lines().stream().mapToInt(AjioOrderLine::quantity).sum();
        int cancelled = order.lines().stream().mapToInt(AjioOrderLine::cancelledQuantity).sum();
        int lines = order.lines().size();
        return "every line cancelled: " + lines + (lines == 1 ? " line (" : " lines (") + cancelled + " of "
                + units + " units)";
    }
}
