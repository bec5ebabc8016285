package com.vmsflow.sandbox.ajio.returns;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.sandbox.ajio.DocumentCheck;
import com.vmsflow.sandbox.ajio.FeedPage;
import com.vmsflow.sandbox.ajio.IdSequence;
import com.vmsflow.sandbox.ajio.PerSeller;
import com.vmsflow.sandbox.ajio.order.Order;
import com.vmsflow.sandbox.ajio.order.OrderLineView;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Ajio's return expectations (customer returns and RTOs), RTO generation, QC updates and credit notes. */
public class ReturnService {

    private final OrderService orders;
    private final ScheduledExecutorService scheduler;
    private final Duration rtoDelay;
    private final Clock clock;
    private final PerSeller<ReturnBook> books = new PerSeller<>(ReturnBook::new);
    private final IdSequence returnIds = new IdSequence("RET", 7);
    private final IdSequence rtoRequestIds = new IdSequence("RTOREQ", 7);
    private final IdSequence creditNoteIds = new IdSequence("AJCN", 8);

    public ReturnService(OrderService orders, ScheduledExecutorService scheduler, Duration rtoDelay, Clock clock) {
        this.orders = orders;
        this.scheduler = scheduler;
        this.rtoDelay = rtoDelay;
        this.clock = clock;
    }

    public FeedPage<ReturnExpectation> returns(String sellerId, String after, int limit) {
        return books.of(sellerId).feed.after(after, limit);
    }

    public ReturnExpectation create(String sellerId, NewReturn request) {
        ApiException.requireBody(request);
        if (request.type() == null) {
            throw ApiException.invalid("type is required: CUSTOMER_RETURN or RTO");
        }
        if (request.items() == null || request.items().isEmpty()) {
            throw ApiException.invalid("items are required");
        }
        Order order = orders.order(sellerId, request.orderId());
        List<ReturnItem> items = request.items().stream()
                .map(item -> item(order, item.lineId(), item.channelSku(), item.quantity()))
                .toList();
        ReturnExpectation expectation = new ReturnExpectation(returnIds.next(), order.orderId(), request.type(),
                items, clock.instant());
        books.of(sellerId).publish(expectation);
        return expectation;
    }

    /**
     * The expectation appears on the feed {@code rtoDelay} later. While it is pending, another request for the
     * order answers the same request id.
     */
    public Answer<RtoReceipt> requestRto(String sellerId, RtoRequest request) {
        ApiException.requireBody(request);
        Order order = orders.order(sellerId, request.orderId());
        List<ReturnItem> items = request.items() == null || request.items().isEmpty()
                ? wholeOrder(order)
                : request.items().stream().map(i -> item(order, null, i.channelSku(), i.quantity())).toList();
        ReturnBook book = books.of(sellerId);
        RtoReceipt fresh = new RtoReceipt(rtoRequestIds.next(), order.orderId());
        RtoReceipt pending = book.pendingRto.putIfAbsent(order.orderId(), fresh);
        if (pending != null) {
            return Answer.repeat(pending);
        }
        scheduler.schedule(() -> {
            book.publish(new ReturnExpectation(returnIds.next(), order.orderId(), ReturnType.RTO, items,
                    clock.instant()));
            book.pendingRto.remove(order.orderId(), fresh);
        }, rtoDelay.toMillis(), TimeUnit.MILLISECONDS);
        return Answer.applied(fresh);
    }

    public Answer<QcReceipt> updateQc(String sellerId, String returnId, QcUpdate update) {
        ApiException.requireBody(update);
        ReturnRecord record = record(sellerId, returnId);
        if (update.items() == null || update.items().isEmpty()) {
            throw ApiException.invalid("items are required");
        }
        Map<String, Integer> quantities = new HashMap<>();
        for (QcItem item : update.items()) {
            if (item.qc() == null || item.quantity() < 1) {
                throw ApiException.invalid("every item needs a qc and a quantity of at least 1");
            }
            quantities.merge(item.channelSku(), item.quantity(), Integer::sum);
        }
        requireWithinReturn(record.expectation(), quantities);
        return record.updateQc(update.items());
    }

    public Answer<CreditNoteReceipt> uploadCreditNote(String sellerId, String returnId, CreditNoteUpload upload) {
        ApiException.requireBody(upload);
        ReturnRecord record = record(sellerId, returnId);
        DocumentCheck.verify(DocumentType.CRN, upload.creditNoteNumber(), upload.creditNoteDate(), upload.irn(),
                upload.signedQrCode(), orders.buyerGstin());
        if (upload.lines() == null || upload.lines().isEmpty()) {
            throw ApiException.invalid("lines are required");
        }
        Map<String, Integer> quantities = new HashMap<>();
        for (CreditNoteLine line : upload.lines()) {
            if (line.quantity() < 1 || !nonNegative(line.taxableValue()) || !nonNegative(line.gstRate())) {
                throw ApiException.invalid("every line needs a quantity of at least 1, a taxableValue and a"
                        + " gstRate, none negative");
            }
            quantities.merge(line.channelSku(), line.quantity(), Integer::sum);
        }
        requireWithinReturn(record.expectation(), quantities);
        return record.attachCreditNote(upload, creditNoteIds::next);
    }

    /** A return of the seller; 404 when there is none of that id. */
    public ReturnExpectation expectation(String sellerId, String returnId) {
        return record(sellerId, returnId).expectation();
    }

    private ReturnRecord record(String sellerId, String returnId) {
        ReturnRecord record = books.of(sellerId).byId.get(returnId);
        if (record == null) {
            throw ApiException.notFound("RETURN_NOT_FOUND", "no return " + returnId);
        }
        return record;
    }

    private static ReturnItem item(Order order, String lineId, String channelSku, int quantity) {
        if (lineId == null && channelSku == null) {
            throw ApiException.invalid("every item names a lineId or a channelSku");
        }
        if (quantity < 1) {
            throw ApiException.invalid("every item needs a quantity of at least 1");
        }
        OrderLineView line = order.line(lineId, channelSku).orElseThrow(() -> ApiException.invalid("order "
                + order.orderId() + " has no line " + (lineId != null ? lineId : "of " + channelSku)));
        if (quantity > line.quantity()) {
            throw ApiException.invalid("line " + line.lineId() + " of order " + order.orderId() + " has only "
                    + line.quantity() + " units");
        }
        return new ReturnItem(line.lineId(), line.channelSku(), quantity);
    }

    /** An RTO without items brings back every unit that was not cancelled. */
    private static List<ReturnItem> wholeOrder(Order order) {
        List<ReturnItem> items = order.lines().stream()
                .filter(line -> line.quantity() > line.cancelledQuantity())
                .map(line -> new ReturnItem(line.lineId(), line.channelSku(),
                        line.quantity() - line.cancelledQuantity()))
                .toList();
        if (items.isEmpty()) {
            throw ApiException.invalid("order " + order.orderId() + " has nothing that could come back");
        }
        return items;
    }

    private static void requireWithinReturn(ReturnExpectation expectation, Map<String, Integer> quantities) {
        quantities.forEach((channelSku, quantity) -> {
            if (quantity > expectation.quantityOf(channelSku)) {
                throw ApiException.invalid("return " + expectation.returnId() + " holds "
                        + expectation.quantityOf(channelSku) + " of " + channelSku + ", not " + quantity);
            }
        });
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }
}
