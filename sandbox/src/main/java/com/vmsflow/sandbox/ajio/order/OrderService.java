package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.sandbox.ajio.DocumentCheck;
import com.vmsflow.sandbox.ajio.Feed;
import com.vmsflow.sandbox.ajio.FeedPage;
import com.vmsflow.sandbox.ajio.IdSequence;
import com.vmsflow.sandbox.ajio.PerSeller;
import com.vmsflow.sandbox.ajio.inventory.InventoryService;
import com.vmsflow.sandbox.ajio.inventory.Sale;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Ajio's orders: what the order calls of the VMS API and the control endpoints do to them. */
public class OrderService {

    public static final int MAX_PAGE_SIZE = 500;

    private final PerSeller<OrderBook> books = new PerSeller<>(OrderBook::new);
    private final PerSeller<Feed<CancellationEvent>> cancellations = new PerSeller<>(Feed::new);
    private final IdSequence orderIds = new IdSequence("FL", 7);
    private final IdSequence invoiceIds = new IdSequence("AJB2B", 8);
    private final IdSequence eventIds = new IdSequence("CE", 8);
    private final PerSeller<Feed<OrderUpdateEvent>> orderUpdates = new PerSeller<>(Feed::new);
    private final IdSequence updateIds = new IdSequence("OU", 8);
    private final String buyerGstin;
    private final InventoryService inventory;
    private final Clock clock;

    public OrderService(String buyerGstin, InventoryService inventory, Clock clock) {
        this.buyerGstin = buyerGstin;
        this.inventory = inventory;
        this.clock = clock;
    }

    public String buyerGstin() {
        return buyerGstin;
    }

    public OrderPage list(String sellerId, Instant createdFrom, Instant createdTo, int page, int size) {
        if (page < 0) {
            throw ApiException.invalid("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Instant from = createdFrom == null ? Instant.MIN : createdFrom;
        Instant to = createdTo == null ? Instant.MAX : createdTo;
        OrderBook.Window window = books.of(sellerId).window(from, to, (long) page * size, size);
        int totalPages = (int) ((window.total() + size - 1) / size);
        return new OrderPage(window.orders().stream().map(Order::view).toList(), page, size, totalPages,
                window.total());
    }

    public OrderView get(String sellerId, String orderId) {
        return order(sellerId, orderId).view();
    }

    public OrderView acknowledge(String sellerId, String orderId, Acknowledgement acknowledgement) {
        Order order = order(sellerId, orderId);
        order.acknowledge(ApiException.requireBody(acknowledgement).lines(), clock.instant());
        return order.view();
    }

    public B2bOrderView b2b(String sellerId, String orderId) {
        return order(sellerId, orderId).b2b(buyerGstin);
    }

    public OrderView cancelBySeller(String sellerId, String orderId, QuantityCancellation cancellation) {
        Order order = order(sellerId, orderId);
        order.cancelBySeller(ApiException.requireBody(cancellation).lines());
        return order.view();
    }

    public Answer<InvoiceReceipt> uploadB2bInvoice(String sellerId, String orderId, B2bInvoiceUpload upload) {
        Order order = order(sellerId, orderId);
        ApiException.requireBody(upload);
        DocumentCheck.verify(DocumentType.INV, upload.invoiceNumber(), upload.invoiceDate(), upload.irn(),
                upload.signedQrCode(), buyerGstin);
        requireValues(upload.lines());
        return order.attachInvoice(upload, invoiceIds::next);
    }

    public B2cInvoice b2cInvoice(String sellerId, String orderId) {
        return order(sellerId, orderId).b2cInvoice();
    }

    public ShippingLabel shippingLabel(String sellerId, String orderId) {
        return order(sellerId, orderId).shippingLabel();
    }

    public FeedPage<CancellationEvent> cancellations(String sellerId, String after, int limit) {
        return cancellations.of(sellerId).after(after, limit);
    }

    public OrderDetail create(String sellerId, NewOrder request) {
        ApiException.requireBody(request);
        requireLines(request.lines());
        Instant createdAt = request.createdAt() == null ? clock.instant() : request.createdAt();
        OrderBook book = books.of(sellerId);
        if (request.orderId() != null) {
            if (request.orderId().isBlank()) {
                throw ApiException.invalid("orderId must not be blank");
            }
            Order order = new Order(request.orderId(), sellerId, createdAt, request.lines(),
                    request.parentOrderId());
            order.holdUntil(request.dispatchAfter(), request.replacementOf());
            if (!book.add(order)) {
                throw ApiException.conflict("ORDER_EXISTS", "order " + request.orderId() + " exists");
            }
            sold(sellerId, request.lines());
            return order.detail();
        }
        Order order = addNumbered(book, sellerId, createdAt, request.lines(), request.parentOrderId());
        order.holdUntil(request.dispatchAfter(), request.replacementOf());
        return order.detail();
    }

    public CreatedOrders createMany(String sellerId, BulkOrders request) {
        ApiException.requireBody(request);
        if (request.count() < 1 || request.count() > BulkOrders.MAX_COUNT) {
            throw ApiException.invalid("count must be between 1 and " + BulkOrders.MAX_COUNT);
        }
        requireLines(request.lines());
        OrderBook book = books.of(sellerId);
        List<String> ids = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            Instant createdAt = request.createdAt() == null ? clock.instant() : request.createdAt();
            ids.add(addNumbered(book, sellerId, createdAt, request.lines(), null).orderId());
        }
        return new CreatedOrders(ids);
    }

    public OrderDetail detail(String sellerId, String orderId) {
        return order(sellerId, orderId).detail();
    }

    public CancellationEvent cancelByCustomer(String sellerId, String orderId, QuantityCancellation request) {
        return cancelAtAjio(sellerId, orderId, request, CancellationSource.CUSTOMER, "CUSTOMER_REQUEST",
                order -> order.cancelByCustomer(request == null ? null : request.lines()));
    }

    public CancellationEvent cancelByAjioBusiness(String sellerId, String orderId, QuantityCancellation request) {
        return cancelAtAjio(sellerId, orderId, request, CancellationSource.AJIO_BUSINESS, "SLA_BREACH",
                order -> order.cancelByAjioBusiness(request == null ? null : request.lines()));
    }

    /**
     * Ajio's team cancels every open unit on its seller panel, invoiced or manifested ones too; nothing goes on the
     * cancellation feed, so only reading the order tells. Again: nothing left to cancel, nothing changes.
     */
    public OrderDetail cancelOnPanel(String sellerId, String orderId) {
        Order order = order(sellerId, orderId);
        order.cancelOnPanel();
        return order.detail();
    }

    /** Ajio moves an order's dispatch-after time: the order shows it, and its order-updates feed tells. */
    public OrderUpdateEvent moveDispatchAfter(String sellerId, String orderId, DispatchAfterChange change) {
        Order order = order(sellerId, orderId);
        ApiException.requireBody(change);
        synchronized (order) {
            order.moveDispatchAfter(change.dispatchAfter());
            return appendUpdate(sellerId, new OrderUpdateEvent(updateIds.next(), orderId, "DISPATCH_AFTER_CHANGED",
                    change.dispatchAfter(), clock.instant()));
        }
    }

    /** The original of a replacement was picked up from the customer: the replacement may be processed. */
    public OrderUpdateEvent returnPickedUp(String sellerId, String orderId) {
        Order order = order(sellerId, orderId);
        synchronized (order) {
            order.originalReturnPickedUp();
            return appendUpdate(sellerId, new OrderUpdateEvent(updateIds.next(), orderId, "RETURN_PICKED_UP", null,
                    clock.instant()));
        }
    }

    /** The sandbox's switch: Ajio refuses the next calls of one operation for this order; answers the switches. */
    public OrderRefusals refuseNext(String sellerId, String orderId, RefuseNext request) {
        Order order = order(sellerId, orderId);
        RefuseNext valid = RefuseNext.validated(request);
        return order.refuseNext(valid.operation(), valid.times());
    }

    /** Ajio handles every call of the order as usual again. */
    public void clearRefusals(String sellerId, String orderId) {
        order(sellerId, orderId).clearRefusals();
    }

    /**
     * Whether Ajio refuses this call by a refuse-next switch of the order, using up one refusal; false for an order
     * it does not have (the call itself answers 404).
     */
    public boolean refuses(String sellerId, String orderId, String operation) {
        return orderId != null && books.of(sellerId).find(orderId)
                .map(order -> order.takeRefusal(operation))
                .orElse(false);
    }

    public FeedPage<OrderUpdateEvent> orderUpdates(String sellerId, String after, int limit) {
        return orderUpdates.of(sellerId).after(after, limit);
    }

    private OrderUpdateEvent appendUpdate(String sellerId, OrderUpdateEvent event) {
        orderUpdates.of(sellerId).append(event);
        return event;
    }

    /** The order of a seller; 404 when the seller has none of that id. */
    public Order order(String sellerId, String orderId) {
        return books.of(sellerId).find(orderId).orElseThrow(
                () -> ApiException.notFound("ORDER_NOT_FOUND", "no order " + orderId));
    }

    /** The event goes on the feed while the order is held, so a feed never shows one order's events out of order. */
    private CancellationEvent cancelAtAjio(String sellerId, String orderId, QuantityCancellation request,
                                           CancellationSource source, String defaultReason,
                                           Function<Order, List<LineQuantity>> cancel) {
        Order order = order(sellerId, orderId);
        String reason = request == null || request.reason() == null ? defaultReason : request.reason();
        synchronized (order) {
            List<LineQuantity> cancelled = cancel.apply(order);
            CancellationEvent event = new CancellationEvent(eventIds.next(), orderId, source,
                    order.fullyCancelled(), cancelled, reason, clock.instant());
            cancellations.of(sellerId).append(event);
            return event;
        }
    }

    /** The next free {@code FL} number: a test may have taken one for an order of its own. */
    private Order addNumbered(OrderBook book, String sellerId, Instant createdAt, List<NewOrderLine> lines,
                              String parentOrderId) {
        while (true) {
            Order order = new Order(orderIds.next(), sellerId, createdAt, lines, parentOrderId);
            if (book.add(order)) {
                sold(sellerId, lines);
                return order;
            }
        }
    }

    /** Every order Ajio takes lowers what it shows for the order's SKUs. */
    private void sold(String sellerId, List<NewOrderLine> lines) {
        inventory.sell(sellerId, lines.stream().map(line -> new Sale(line.channelSku(), line.quantity())).toList());
    }

    private static void requireLines(List<NewOrderLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw ApiException.invalid("an order needs lines");
        }
        for (NewOrderLine line : lines) {
            if (line.channelSku() == null || line.channelSku().isBlank()) {
                throw ApiException.invalid("every line needs a channelSku");
            }
            if (line.quantity() < 1) {
                throw ApiException.invalid("line " + line.channelSku() + ": quantity must be at least 1");
            }
            if (line.price() == null || line.price().signum() < 0) {
                throw ApiException.invalid("line " + line.channelSku() + ": price must be given, not negative");
            }
        }
    }

    private static void requireValues(List<InvoiceLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw ApiException.invalid("lines are required");
        }
        for (InvoiceLine line : lines) {
            if (!nonNegative(line.taxableValue()) || !nonNegative(line.gstRate())) {
                throw ApiException.invalid("line " + line.lineId() + ": taxableValue and gstRate must be given,"
                        + " not negative");
            }
        }
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }
}
