package com.vmsflow.sandbox.ajio.inventory;

import com.vmsflow.sandbox.ajio.PerSeller;
import com.vmsflow.sandbox.ajio.TokenBucket;
import com.vmsflow.sandbox.api.ApiException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * What each seller account offers at Ajio per channel SKU: set by the seller's inventory pushes (in Ajio's batch size
 * and rate limit), lowered by the orders Ajio takes, read back page by page. A refused or throttled call changes
 * nothing but its counts.
 */
public class InventoryService {

    public static final int MAX_PAGE_SIZE = 500;

    private static final class Account {
        final Shelf shelf = new Shelf();
        final TokenBucket calls;
        final LongAdder received = new LongAdder();
        final LongAdder itemsReceived = new LongAdder();
        final LongAdder batchesRefused = new LongAdder();
        final LongAdder throttled = new LongAdder();

        Account(TokenBucket calls) {
            this.calls = calls;
        }
    }

    private final int batchSize;
    private final Clock clock;
    private final PerSeller<Account> accounts;

    public InventoryService(int batchSize, int callsPerSecond, Clock clock) {
        this(batchSize, callsPerSecond, clock, System::nanoTime);
    }

    /** @param nanoTime the rate limit's clock, for tests that step time */
    public InventoryService(int batchSize, int callsPerSecond, Clock clock, LongSupplier nanoTime) {
        this.batchSize = batchSize;
        this.clock = clock;
        this.accounts = new PerSeller<>(() -> new Account(new TokenBucket(callsPerSecond, nanoTime)));
    }

    /** {@code POST /ajio/v1/inventory}: throttled first, as Ajio's gateway does, then the batch whole or nothing. */
    public PushReceipt push(String sellerId, InventoryItems request) {
        Account account = admitted(sellerId);
        List<InventoryItem> items;
        try {
            int size = request == null || request.items() == null ? 0 : request.items().size();
            if (size > batchSize) {
                throw ApiException.badRequest("BATCH_TOO_LARGE", "at most " + batchSize
                        + " items per inventory call, not " + size);
            }
            items = validItems(request);
        } catch (ApiException refused) {
            account.batchesRefused.increment();
            throw refused;
        }
        account.shelf.set(items, clock.instant(), true);
        account.itemsReceived.add(items.size());
        return new PushReceipt(items.size());
    }

    /** {@code GET /ajio/v1/inventory}: the figures after {@code after} (exclusive; null: from the first). */
    public InventoryPage page(String sellerId, String after, int limit) {
        Account account = admitted(sellerId);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        return account.shelf.page(after == null || after.isEmpty() ? null : after, limit);
    }

    /** An order Ajio took: the figures it shows for the order's SKUs go down, and oversells are counted. */
    public void sell(String sellerId, List<Sale> sales) {
        accounts.of(sellerId).shelf.sell(sales, clock.instant());
    }

    /**
     * Sets figures as if Ajio had shown them before (stale figures, SKUs the seller does not map): no batch size,
     * no rate limit, not counted as pushes.
     */
    public InventoryReport preset(String sellerId, InventoryItems request) {
        Account account = accounts.of(sellerId);
        account.shelf.set(validItems(request), clock.instant(), false);
        return report(sellerId, null);
    }

    /** Every figure of the seller, or only {@code sku}'s; the counts are the whole account's. */
    public InventoryReport report(String sellerId, String sku) {
        Account account = accounts.of(sellerId);
        Shelf.Snapshot snapshot = account.shelf.snapshot(sku == null || sku.isBlank() ? null : sku);
        return new InventoryReport(snapshot.items(), snapshot.oversells(), account.received.sum(),
                account.itemsReceived.sum(), account.batchesRefused.sum(), account.throttled.sum());
    }

    /** Counts the call and takes a token of the seller's rate limit, or answers 429 with when to come back. */
    private Account admitted(String sellerId) {
        Account account = accounts.of(sellerId);
        account.received.increment();
        if (!account.calls.tryTake()) {
            account.throttled.increment();
            throw ApiException.throttled("too many inventory calls for seller " + sellerId,
                    account.calls.secondsUntilToken());
        }
        return account;
    }

    /** Each item a non-blank SKU, once, with a quantity of 0 or more. */
    private static List<InventoryItem> validItems(InventoryItems request) {
        if (request == null || request.items() == null || request.items().isEmpty()) {
            throw ApiException.badRequest("INVALID_ITEM", "items are required");
        }
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            InventoryItem item = request.items().get(i);
            if (item == null || item.sku() == null || item.sku().isBlank()) {
                throw ApiException.badRequest("INVALID_ITEM", "item " + i + ": sku is required");
            }
            if (item.quantity() == null || item.quantity() < 0) {
                throw ApiException.badRequest("INVALID_ITEM", "item " + i + " (" + item.sku()
                        + "): quantity must be 0 or more");
            }
            if (!skus.add(item.sku())) {
                throw ApiException.badRequest("INVALID_ITEM", "item " + i + ": sku " + item.sku()
                        + " is named twice");
            }
        }
        return List.copyOf(request.items());
    }
}
