package com.vmsflow.sandbox.ajio.rsi;

import com.vmsflow.sandbox.ajio.Feed;
import com.vmsflow.sandbox.ajio.FeedPage;
import com.vmsflow.sandbox.ajio.IdSequence;
import com.vmsflow.sandbox.ajio.TokenBucket;
import com.vmsflow.sandbox.api.Money;
import com.vmsflow.sandbox.ajio.PerSeller;
import com.vmsflow.sandbox.ajio.order.B2bPricing;
import com.vmsflow.sandbox.ajio.order.OrderLineView;
import com.vmsflow.sandbox.ajio.order.OrderService;
import com.vmsflow.sandbox.ajio.returns.ReturnExpectation;
import com.vmsflow.sandbox.ajio.returns.ReturnService;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ajio's RSI documents and their acceptance, which Ajio rate-limits per seller. */
public class RsiService {

    private static final class Book {
        final Feed<RsiDocument> feed = new Feed<>();
        final Map<String, RsiDocument> byId = new ConcurrentHashMap<>();
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final TokenBucket acceptances;

        Book(TokenBucket acceptances) {
            this.acceptances = acceptances;
        }
    }

    private final OrderService orders;
    private final ReturnService returns;
    private final Clock clock;
    private final PerSeller<Book> books;
    private final IdSequence documentIds = new IdSequence("RSI", 7);

    public RsiService(OrderService orders, ReturnService returns, int acceptancesPerSecond, Clock clock) {
        this.orders = orders;
        this.returns = returns;
        this.clock = clock;
        this.books = new PerSeller<>(() -> new Book(new TokenBucket(acceptancesPerSecond, System::nanoTime)));
    }

    public FeedPage<RsiDocument> documents(String sellerId, String after, int limit) {
        return books.of(sellerId).feed.after(after, limit);
    }

    public RsiDocument create(String sellerId, NewRsiDocument request) {
        ApiException.requireBody(request);
        if (request.items() == null || request.items().isEmpty()) {
            throw ApiException.invalid("items are required");
        }
        List<RsiItem> items = request.items().stream().map(item -> item(sellerId, item)).toList();
        RsiDocument document = new RsiDocument(documentIds.next(), clock.instant(), items);
        Book book = books.of(sellerId);
        book.byId.put(document.documentId(), document);
        book.feed.append(document);
        return document;
    }

    /** Throttled before anything else, as Ajio's gateway does; accepting again answers the same. */
    public Answer<RsiAcceptance> accept(String sellerId, String documentId) {
        Book book = books.of(sellerId);
        if (!book.acceptances.tryTake()) {
            throw ApiException.throttled("too many RSI acceptances for seller " + sellerId);
        }
        if (!book.byId.containsKey(documentId)) {
            throw ApiException.notFound("DOCUMENT_NOT_FOUND", "no RSI document " + documentId);
        }
        RsiAcceptance acceptance = RsiAcceptance.accepted(documentId);
        return book.accepted.add(documentId) ? Answer.applied(acceptance) : Answer.repeat(acceptance);
    }

    private RsiItem item(String sellerId, NewRsiItem item) {
        if (item.quantity() < 1) {
            throw ApiException.invalid("every item needs a quantity of at least 1");
        }
        ReturnExpectation expectation = returns.expectation(sellerId, item.returnId());
        if (item.quantity() > expectation.quantityOf(item.sku())) {
            throw ApiException.invalid("return " + item.returnId() + " holds " + expectation.quantityOf(item.sku())
                    + " of " + item.sku() + ", not " + item.quantity());
        }
        OrderLineView line = orders.order(sellerId, expectation.orderId()).line(null, item.sku()).orElseThrow();
        BigDecimal amount = B2bPricing.unitPrice(line.price()).multiply(BigDecimal.valueOf(item.quantity()));
        return new RsiItem(item.returnId(), expectation.orderId(), item.sku(), item.quantity(), Money.of(amount));
    }
}
