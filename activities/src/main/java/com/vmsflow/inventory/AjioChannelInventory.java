package com.vmsflow.inventory;

import com.vmsflow.ajio.AjioClient;
import com.vmsflow.ajio.InventoryFigure;
import com.vmsflow.ajio.InventoryPage;
import com.vmsflow.http.JsonHttp;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ajio's inventory API ({@code /ajio/v1/inventory}) through {@link AjioClient}, with the seller account (and its
 * tokens) of the channel's client: an Ajio channel is its client's seller account.
 */
public final class AjioChannelInventory implements ChannelInventory {

    /** Ajio's listing answers at most this many figures a page. */
    public static final int MAX_PAGE_SIZE = 500;

    /** When Ajio's 429 names no Retry-After. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final AjioClient ajio;
    private final int pageSize;
    private final Map<ChannelRef, String> sellerAccounts;

    public AjioChannelInventory(AjioClient ajio) {
        this(ajio, MAX_PAGE_SIZE, Map.of());
    }

    /**
     * @param sellerAccounts the channels on another client's seller account (a brand's stock shown under its B2B2C
     *                       partner's), by channel; every other channel is on its own client's account
     */
    public AjioChannelInventory(AjioClient ajio, Map<ChannelRef, String> sellerAccounts) {
        this(ajio, MAX_PAGE_SIZE, sellerAccounts);
    }

    /** @param pageSize figures asked for a page, at most {@link #MAX_PAGE_SIZE} (tests read small pages) */
    public AjioChannelInventory(AjioClient ajio, int pageSize) {
        this(ajio, pageSize, Map.of());
    }

    private AjioChannelInventory(AjioClient ajio, int pageSize, Map<ChannelRef, String> sellerAccounts) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is not in 1.." + MAX_PAGE_SIZE);
        }
        this.ajio = ajio;
        this.pageSize = pageSize;
        this.sellerAccounts = Map.copyOf(sellerAccounts);
    }

    /** The client whose Ajio seller account shows the channel. */
    private String account(ChannelRef channel) {
        return sellerAccounts.getOrDefault(channel, channel.clientId());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.AJIO;
    }

    @Override
    public void push(ChannelRef channel, List<Figure> figures, String idempotencyKey) throws Throttled {
        List<InventoryFigure> items = figures.stream().map(f -> InventoryFigure.of(f.channelSku(), f.quantity()))
                .toList();
        throttled(() -> ajio.pushInventory(account(channel), items, idempotencyKey));
    }

    @Override
    public Page page(ChannelRef channel, String after, int limit) throws Throttled {
        InventoryPage page = throttled(() -> ajio.inventory(account(channel), after, limit));
        return new Page(page.items().stream().map(f -> new Figure(f.sku(), f.quantity())).toList(), page.next());
    }

    @Override
    public int maxPageSize() {
        return pageSize;
    }

    /** Ajio's 429 as a {@link Throttled} for the sync to wait out; every other failure as the client classifies it. */
    private static <T> T throttled(Supplier<T> call) throws Throttled {
        try {
            return call.get();
        } catch (ApplicationFailure failure) {
            if (!JsonHttp.THROTTLED.equals(failure.getType())) {
                throw failure;
            }
            Duration delay = failure.getNextRetryDelay();
            throw new Throttled(failure.getOriginalMessage(), delay == null || delay.isZero() ? DEFAULT_RETRY_AFTER
                    : delay);
        }
    }
}
