package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import com.vmsflow.inventory.ChannelKind;
import com.vmsflow.inventory.ChannelRef;
import com.vmsflow.inventory.GoLive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The inventory sync's side of our database (V8): the stock changes waiting for each channel ({@code
 * inventory_changes}, written by triggers in the transaction that changed the stock), THE figure of each SKU
 * ({@code channel_sku_available}), what each channel was last shown ({@code channel_stock}), the sync's counters
 * ({@code channel_syncs}) and the reconciliations' report ({@code inventory_differences}).
 *
 * <p>A change leaves the database only in the transaction that records the channel's acceptance of a figure that
 * covers it, so a process lost mid-push loses nothing: the next step pushes the SKU again.
 */
public record InventorySyncRepository(Jdbi jdbi) {

    /** Held by the one step that pushes to a channel; closing it lets the next one in. */
    public interface ChannelLock extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The channel's lock for one step (a database session lock, so it holds across processes), or empty when
     * another step holds it. The session stays open until the lock is closed.
     */
    public Optional<ChannelLock> tryLock(ChannelRef channel) {
        Handle handle = jdbi.open();
        String key = channel.toString();
        try {
            if (!handle.attach(InventorySyncDao.class).tryLockChannel(key)) {
                handle.close();
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
        return Optional.of(() -> {
            try (handle) {
                handle.attach(InventorySyncDao.class).unlockChannel(key);
            }
        });
    }

    /** The newest change waiting for the channel (0: none); a read of the changes stops there. */
    public long watermark(ChannelRef channel) {
        return dao(dao -> dao.watermark(channel.clientId(), channel.channelId()));
    }

    /** The client SKUs with changes up to {@code watermark}, each once, the longest waiting first. */
    public List<String> pendingSkus(ChannelRef channel, long watermark, int limit) {
        return dao(dao -> dao.pendingSkus(channel.clientId(), channel.channelId(), watermark, limit));
    }

    public boolean hasPending(ChannelRef channel) {
        return dao(dao -> dao.hasPending(channel.clientId(), channel.channelId()));
    }

    /**
     * The figures of these client SKUs now, per channel SKU (in channel SKU code point order): an Ajio channel's
     * channel SKUs are the client's SKU mappings (a client SKU unmapped has none), a web store's are the client SKUs.
     */
    public Figures figures(ChannelRef channel, ChannelKind kind, List<String> clientSkus) {
        return dao(dao -> {
            Map<String, Integer> available = new HashMap<>();
            clientSkus.forEach(sku -> available.put(sku, 0));
            dao.available(channel.clientId(), channel.channelId(), clientSkus)
                    .forEach(a -> available.put(a.clientSku(), Math.max(0, a.available())));
            List<ExpectedFigure> figures = new ArrayList<>();
            if (kind == ChannelKind.AJIO) {
                dao.mappingsOf(channel.clientId(), clientSkus).forEach(m -> figures.add(new ExpectedFigure(
                        m.channelSku(), m.clientSku(), available.get(m.clientSku()))));
            } else {
                clientSkus.forEach(sku -> figures.add(new ExpectedFigure(sku, sku, available.get(sku))));
            }
            return new Figures(available, figures);
        });
    }

    /**
     * @param available per client SKU read, its figure (before the go-live control)
     * @param channelFigures per channel SKU of those client SKUs, its client SKU and figure
     */
    public record Figures(Map<String, Integer> available, List<ExpectedFigure> channelFigures) {
    }

    /** A figure the channel accepted. */
    public record Pushed(String channelSku, String clientSku, int quantity) {
    }

    /**
     * The channel accepted {@code pushed}, made from the figures {@code covered} (client SKU to its figure when
     * read): in one transaction, the changes those figures cover leave (up to {@code watermark}, and only of the
     * SKUs whose figure is still the one read: a change that came after the read stays), the channel's stock and
     * the sync's counters are written. Answers the changes it consumed.
     */
    public int accepted(ChannelRef channel, GoLive goLive, long watermark, Map<String, Integer> covered,
                        List<Pushed> pushed, Instant pushedAt, int calls, int throttled) {
        List<String> skus = List.copyOf(covered.keySet());
        List<Integer> availables = skus.stream().map(covered::get).toList();
        return Transactions.retrying("inventoryAccepted", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventorySyncDao dao = h.attach(InventorySyncDao.class);
            int changes = dao.deleteCovered(channel.clientId(), channel.channelId(), watermark, skus, availables);
            upsertStock(dao, channel, pushed, pushedAt);
            dao.ensureSync(channel.clientId(), channel.channelId(), goLive.mode(), goLive.skus());
            dao.addCounts(channel.clientId(), channel.channelId(), changes, pushed.size(), calls, throttled,
                    pushed.isEmpty() ? null : pushedAt);
            return changes;
        }));
    }

    /**
     * Our figures of every channel SKU of the channel, in channel SKU code point order, read page by page as the
     * iterator goes (never all in memory).
     */
    public Iterator<ExpectedFigure> expected(ChannelRef channel, ChannelKind kind, int pageSize) {
        return new Iterator<>() {
            private List<ExpectedFigure> page = List.of();
            private int index;
            private String after;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = dao(dao -> kind == ChannelKind.AJIO
                        ? dao.expectedMapped(channel.clientId(), channel.channelId(), after, pageSize)
                        : dao.expectedOwn(channel.clientId(), channel.channelId(), after, pageSize));
                index = 0;
                last = page.size() < pageSize;
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).channelSku();
                }
                return !page.isEmpty();
            }

            @Override
            public ExpectedFigure next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    /**
     * A reconciliation's findings: the rows of its report and, for those pushed (the channel accepted them at
     * {@code pushedAt}), what the channel now shows; in one transaction.
     */
    public void recordDifferences(ChannelRef channel, String reconciliationId, Instant foundAt,
                                  List<InventoryDifference> differences, Instant pushedAt) {
        if (differences.isEmpty()) {
            return;
        }
        List<Pushed> pushed = differences.stream().filter(InventoryDifference::pushed)
                .map(d -> new Pushed(d.channelSku(), d.clientSku(), d.expected())).toList();
        Transactions.retrying("inventoryDifferences", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventorySyncDao dao = h.attach(InventorySyncDao.class);
            dao.addDifferences(channel.clientId(), channel.channelId(), reconciliationId, foundAt, differences);
            upsertStock(dao, channel, pushed, pushedAt);
            return null;
        }));
    }

    /** The end of a reconciliation, as {@code GET /channels} reads it, with its calls and pushes counted. */
    public void finishReconciliation(ChannelRef channel, GoLive goLive, String reconciliationId, Instant at,
                                     int differences, int unmapped, int skusPushed, int calls, int throttled,
                                     Instant lastPushAt) {
        Transactions.retrying("finishReconciliation", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventorySyncDao dao = h.attach(InventorySyncDao.class);
            dao.ensureSync(channel.clientId(), channel.channelId(), goLive.mode(), goLive.skus());
            dao.addCounts(channel.clientId(), channel.channelId(), 0, skusPushed, calls, throttled, lastPushAt);
            dao.recordReconciliation(channel.clientId(), channel.channelId(), goLive.mode(), goLive.skus(),
                    reconciliationId, at, differences, unmapped);
            return null;
        }));
    }

    private static void upsertStock(InventorySyncDao dao, ChannelRef channel, List<Pushed> pushed, Instant at) {
        if (pushed.isEmpty()) {
            return;
        }
        dao.upsertStock(channel.clientId(), channel.channelId(), pushed.stream().map(Pushed::channelSku).toList(),
                pushed.stream().map(Pushed::clientSku).toList(), pushed.stream().map(Pushed::quantity).toList(), at);
    }

    private <T> T dao(org.jdbi.v3.core.extension.ExtensionCallback<T, InventorySyncDao, RuntimeException> call) {
        return jdbi.withExtension(InventorySyncDao.class, call);
    }
}
