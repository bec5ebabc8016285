package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vmsflow.bulk.Allocation;
import com.vmsflow.bulk.BulkOrderState;
import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.bulk.Shortage;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.json.Json;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk orders' stock, held as soft reservations beside the forward orders' (holder {@code bulk:{id}}), and their
 * read model. Every writer takes the holder's lock, then its stock rows in the lock order, at read committed, as
 * {@link InventoryRepository}'s writers do: concurrent bulk and forward orders queue, never oversell, never deadlock.
 */
public record BulkOrderRepository(Jdbi jdbi) {

    /** The holder of a bulk order's reservations: its own key space beside the forward orders' ids. */
    static String holder(String bulkOrderId) {
        return "bulk:" + bulkOrderId;
    }

    /**
     * One allocation round, in one transaction: towards {@code wantedBySku} from {@code pool} at {@code location};
     * with {@code allOrNothing} every unit of every SKU, or nothing at all. A round that ran before, or an order
     * dispatched, reserves nothing and answers what the order holds. A SKU with no stock row there has none.
     */
    public Allocation allocate(String clientId, String bulkOrderId, int round, StockPool pool, String location,
                               Map<String, Integer> wantedBySku, boolean allOrNothing) {
        wantedBySku.forEach((sku, quantity) -> {
            if (quantity < 0) {
                throw new IllegalArgumentException("negative quantity " + quantity + " wanted of " + sku);
            }
        });
        String holder = holder(bulkOrderId);
        return Transactions.retrying("allocateBulk", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            BulkOrderDao dao = h.attach(BulkOrderDao.class);
            dao.lockHolder(clientId, holder);
            boolean firstTime = dao.startRound(clientId, bulkOrderId, round) == 1
                    && !dao.dispatched(clientId, bulkOrderId);
            Map<String, BulkOrderDao.Slot> slots = new HashMap<>();
            dao.lockPool(clientId, holder, location, pool.name(), wantedBySku.keySet())
                    .forEach(s -> slots.put(s.sku(), s));
            Map<String, Integer> holds = new LinkedHashMap<>();
            boolean everyUnit = true;
            for (Map.Entry<String, Integer> wanted : wantedBySku.entrySet()) {
                BulkOrderDao.Slot slot = slots.get(wanted.getKey());
                int mine = slot == null ? 0 : slot.mine();
                holds.put(wanted.getKey(), mine);
                everyUnit &= slot != null && slot.forMe() >= wanted.getValue();
            }
            if (firstTime && (everyUnit || !allOrNothing)) {
                for (Map.Entry<String, Integer> wanted : wantedBySku.entrySet()) {
                    BulkOrderDao.Slot slot = slots.get(wanted.getKey());
                    int next = slot == null ? 0 : Math.min(wanted.getValue(), slot.forMe());
                    if (slot != null && next > slot.mine()) {
                        dao.setReservation(clientId, holder, wanted.getKey(), location, pool.name(), next);
                        holds.put(wanted.getKey(), next);
                    }
                }
            }
            return new Allocation(holds, shortages(dao, clientId, location, pool, wantedBySku, holds));
        }));
    }

    /**
     * Why each SKU the pool has too little of for the order is short, read after this round's reservations (a SKU
     * BLOCK_COMPLETE held back only because another is short is not).
     */
    private static List<Shortage> shortages(BulkOrderDao dao, String clientId, String location, StockPool pool,
                                            Map<String, Integer> wantedBySku, Map<String, Integer> holds) {
        List<String> short_ = wantedBySku.keySet().stream().filter(sku -> holds.get(sku) < wantedBySku.get(sku))
                .toList();
        if (short_.isEmpty()) {
            return List.of();
        }
        Map<String, Map<StockPool, Integer>> free = new HashMap<>();
        for (StockView stock : dao.stockAt(clientId, location, short_)) {
            free.computeIfAbsent(stock.sku(), k -> new EnumMap<>(StockPool.class)).put(stock.pool(),
                    stock.available());
        }
        return short_.stream().map(sku -> {
            Map<StockPool, Integer> bySku = free.getOrDefault(sku, Map.of());
            Map<StockPool, Integer> elsewhere = new EnumMap<>(StockPool.class);
            for (StockPool other : StockPool.values()) {
                if (other != pool) {
                    elsewhere.put(other, bySku.getOrDefault(other, 0));
                }
            }
            return new Shortage(sku, wantedBySku.get(sku), bySku.getOrDefault(pool, 0) + holds.get(sku), elsewhere);
        }).filter(s -> s.availableInPool() < s.wanted()).toList(); // held back by all-or-nothing alone: not short
    }

    /** Gives back what the order holds above {@code keepBySku} per SKU; the same call again changes nothing. */
    public void release(String clientId, String bulkOrderId, Map<String, Integer> keepBySku) {
        String holder = holder(bulkOrderId);
        Transactions.retrying("releaseBulk", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            BulkOrderDao dao = h.attach(BulkOrderDao.class);
            dao.lockHolder(clientId, holder);
            Map<String, Integer> left = new HashMap<>(keepBySku);
            for (BulkOrderDao.Held held : dao.lockHeld(clientId, holder)) {
                int keep = Math.min(held.quantity(), left.getOrDefault(held.sku(), 0));
                left.merge(held.sku(), -keep, Integer::sum);
                if (keep == 0) {
                    dao.deleteReservation(clientId, holder, held.sku(), held.location());
                } else if (keep < held.quantity()) {
                    dao.setReservation(clientId, holder, held.sku(), held.location(), held.pool(), keep);
                }
            }
            return null;
        }));
    }

    /**
     * The dispatched units left: on-hand goes down by them where the order held them, its reservations end. Once per
     * order: a second call, or a late allocation, changes nothing.
     */
    public void consume(String clientId, String bulkOrderId, Map<String, Integer> dispatchedBySku) {
        String holder = holder(bulkOrderId);
        Transactions.retrying("consumeBulk", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            BulkOrderDao dao = h.attach(BulkOrderDao.class);
            dao.lockHolder(clientId, holder);
            if (dao.markDispatched(clientId, bulkOrderId) == 0) {
                return null;
            }
            Map<String, Integer> left = new HashMap<>(dispatchedBySku);
            for (BulkOrderDao.Held held : dao.lockHeld(clientId, holder)) {
                int out = Math.min(held.quantity(), left.getOrDefault(held.sku(), 0));
                left.merge(held.sku(), -out, Integer::sum);
                dao.deleteReservation(clientId, holder, held.sku(), held.location());
                if (out > 0) {
                    dao.takeOut(clientId, held.sku(), held.location(), held.pool(), out);
                }
            }
            return null;
        }));
    }

    /** Writes the order's row; a write of an older revision (a late retry) changes nothing. */
    public void record(BulkOrderState state) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bulk order's state always serialises", e);
        }
        jdbi.useExtension(BulkOrderDao.class, dao -> dao.upsert(state.clientId(), state.bulkOrderId(),
                state.order().fulfilmentType().name(), state.order().qcStatus().name(), state.order().location(),
                state.status().name(), state.waitingFor().name(), state.waitingForWhat(), state.waitingSince(),
                state.revision(), json, state.createdAt()));
    }

    public Optional<BulkOrderRow> find(String clientId, String bulkOrderId) {
        return jdbi.withExtension(BulkOrderDao.class, dao -> dao.find(clientId, bulkOrderId));
    }

    /** The state the workflow last wrote, read back. */
    public static BulkOrderState stateOf(BulkOrderRow row) {
        try {
            return Json.mapper().readValue(row.state(), BulkOrderState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulk order " + row.bulkOrderId() + " has an unreadable state", e);
        }
    }

    /** A page by bulk order id, of one status or (null) any, after {@code after} or (null) from the start. */
    public List<BulkOrderRow> list(String clientId, BulkOrderStatus status, String after, int limit) {
        return jdbi.withExtension(BulkOrderDao.class, dao -> dao.list(clientId, status == null ? null : status.name(),
                after, limit));
    }
}
