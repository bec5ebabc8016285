package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.vmsflow.inventory.StockPool;
import org.jdbi.v3.core.Jdbi;

/**
 * Client inventory per SKU and location, and the soft reservations orders hold on it. Available stock at a location
 * is on-hand minus every order's reservation there; a recount may set on-hand below the reservations (the
 * warehouse's count is the truth), and the location then has nothing available until stock comes back.
 *
 * <p>Writers lock in one order, so they queue instead of deadlocking: the order's own lock first (reserve and
 * consume, which change its reservations), then the inventory rows they touch, by (sku, location), all before a
 * reservation changes (the trigger that keeps the running total then updates rows already held). They run at read
 * committed whatever the pool's default, so that what they read after taking the locks includes everything the
 * previous holders wrote; and a transaction PostgreSQL aborts all the same is run again ({@link Transactions}).
 */
public record InventoryRepository(Jdbi jdbi) {

    // Code point order, as PostgreSQL's "C" collation sorts: String.compareTo compares UTF-16 units, which differs
    // beyond the Basic Multilingual Plane.
    private static final Comparator<String> CODE_POINTS = (a, b) -> Arrays.compare(a.codePoints().toArray(),
            b.codePoints().toArray());
    static final Comparator<StockLevel> LOCK_ORDER = // package-private for its test
            Comparator.comparing(StockLevel::sku, CODE_POINTS).thenComparing(StockLevel::location, CODE_POINTS)
                    .thenComparing(l -> l.pool().name(), CODE_POINTS);

    /** Sets the absolute on-hand of each (sku, location), all or none; answers the rows written. */
    public int setStock(String clientId, List<StockLevel> levels) {
        if (levels.isEmpty()) {
            return 0;
        }
        List<StockLevel> sorted = levels.stream().sorted(LOCK_ORDER).toList();
        return Transactions.retrying("setStock", () -> jdbi.inTransaction(READ_COMMITTED,
                h -> Arrays.stream(h.attach(InventoryDao.class).setStock(clientId, sorted)).sum()));
    }

    /**
     * Moves the order's soft reservation towards {@code wantedBySku} (client SKU to quantity), the order's whole
     * wish: takes more where stock is available (the location with the most first), gives back what is above the
     * wish (first where stock is shortest), and gives back entirely the SKUs the order holds but no longer wishes
     * for. Never oversells under concurrent orders; the same wish twice changes nothing. Answers what the order
     * holds of each wished SKU (0 for a SKU without stock). An order consumed at handover holds nothing and
     * reserves nothing more.
     */
    public Map<String, Integer> reserve(String clientId, String orderId, Map<String, Integer> wantedBySku) {
        wantedBySku.forEach((sku, quantity) -> {
            if (quantity < 0) {
                throw new IllegalArgumentException("negative quantity " + quantity + " wished for " + sku);
            }
        });
        return Transactions.retrying("reserve", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventoryDao dao = h.attach(InventoryDao.class);
            Map<String, Integer> holds = new LinkedHashMap<>();
            wantedBySku.keySet().forEach(sku -> holds.put(sku, 0));
            // Under the order's lock, a consume of the order has committed or not begun: never reserved again.
            dao.lockOrder(clientId, orderId);
            if (dao.consumed(clientId, orderId)) {
                return holds; // a late retry: the stock left with the courier and must not be reserved again
            }
            List<InventoryDao.Stock> stock = dao.lockStock(clientId, orderId, wantedBySku.keySet());
            slotsBySku(dao, clientId, orderId, stock).forEach((sku, slots) -> {
                Map<String, Integer> next = rebalance(slots, wantedBySku.getOrDefault(sku, 0));
                int held = 0;
                for (Slot slot : slots) {
                    int quantity = next.get(slot.location());
                    if (quantity != slot.mine()) {
                        if (quantity == 0) {
                            dao.deleteReservation(clientId, orderId, sku, slot.location()); // no rows of 0
                        } else {
                            dao.setReservation(clientId, orderId, sku, slot.location(), quantity);
                        }
                    }
                    held += quantity;
                }
                holds.replace(sku, held); // a SKU no longer wished for is all given back, and not answered
            });
            return holds;
        }));
    }

    /**
     * The order's stock left with the courier: on-hand goes down by what it holds at each location and its
     * reservations end. Recorded, so that neither a second call nor a late {@link #reserve} changes anything.
     */
    public void consume(String clientId, String orderId) {
        Transactions.retrying("consume", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventoryDao dao = h.attach(InventoryDao.class);
            // The order's lock first: else a reserve of the order committing while lockHeld waits changes what it
            // read, and the delete below meets rows not locked in order (a deadlock) with stock not taken out, or
            // taken out at the old quantity.
            dao.lockOrder(clientId, orderId);
            if (dao.markConsumed(clientId, orderId) == 0) {
                return null;
            }
            for (InventoryDao.Held held : dao.lockHeld(clientId, orderId)) {
                dao.takeOut(clientId, held.sku(), held.location(), held.quantity());
                dao.recordConsumed(clientId, orderId, held.sku(), held.location(), held.quantity());
            }
            dao.deleteReservations(clientId, orderId); // every row it meets is locked by lockHeld
            return null;
        }));
    }

    /** How a move went: done now, the same move again (nothing changed), or refused (nothing changed). */
    public sealed interface MoveOutcome {

        record Moved(StockMove move, boolean repeated) implements MoveOutcome {
        }

        /** The client has a different move of that id. */
        record Conflict(StockMove existing) implements MoveOutcome {
        }

        /** The source pool has fewer units than asked that orders do not hold. */
        record Short(int available) implements MoveOutcome {
        }
    }

    /**
     * Moves units of a SKU at a location between two pools, all or nothing: never more than the source pool's
     * available (on-hand less reserved), so no pool goes below zero nor below what orders hold. Idempotent by the
     * move's id. Locks the move's id, then the two stock rows in the lock order.
     */
    public MoveOutcome move(String clientId, StockMove move) {
        if (move.quantity() <= 0 || move.from() == move.to()) {
            throw new IllegalArgumentException("not a move: " + move);
        }
        return Transactions.retrying("move", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventoryDao dao = h.attach(InventoryDao.class);
            if (dao.insertMove(clientId, move) == 0) {
                StockMove existing = dao.move(clientId, move.moveId());
                return existing.equals(move) ? new MoveOutcome.Moved(existing, true)
                        : new MoveOutcome.Conflict(existing);
            }
            List<StockView> rows = dao.lockPools(clientId, move.sku(), move.location(),
                    List.of(move.from().name(), move.to().name()));
            int available = rows.stream().filter(r -> r.pool() == move.from()).mapToInt(r -> r.onHand() - r.reserved())
                    .findFirst().orElse(0);
            if (available < move.quantity()) {
                h.rollback();
                return new MoveOutcome.Short(Math.max(available, 0));
            }
            dao.takeFromPool(clientId, move.sku(), move.location(), move.from().name(), move.quantity());
            dao.addStock(clientId, List.of(new StockLevel(move.sku(), move.location(), move.quantity(), move.to())));
            return new MoveOutcome.Moved(move, false);
        }));
    }

    /** A returned item to put back into stock, by its id within the return. */
    public record Restock(String itemId, String sku, int quantity, StockPool pool) {
    }

    /**
     * Puts a return's items back into stock, each once per return and item: at the location the order's units of the
     * SKU left from, else where the SKU is stocked. Answers the items restocked now (an item restocked before, or of
     * a SKU stocked nowhere, is not).
     */
    public List<Restock> restock(String clientId, String returnId, String orderId, List<Restock> items) {
        return Transactions.retrying("restock", () -> jdbi.inTransaction(READ_COMMITTED, h -> {
            InventoryDao dao = h.attach(InventoryDao.class);
            List<Restock> done = new ArrayList<>();
            List<StockLevel> additions = new ArrayList<>();
            for (Restock item : items) {
                String location = dao.shippedFrom(clientId, orderId, item.sku());
                location = location != null ? location : dao.stockedAt(clientId, item.sku());
                if (location != null && item.quantity() > 0 && dao.insertRestock(clientId, returnId, item.itemId(),
                        item.sku(), location, item.pool().name(), item.quantity()) == 1) {
                    additions.add(new StockLevel(item.sku(), location, item.quantity(), item.pool()));
                    done.add(item);
                }
            }
            if (!additions.isEmpty()) {
                dao.addStock(clientId, additions.stream().sorted(LOCK_ORDER).toList());
            }
            return done;
        }));
    }

    /** On-hand and reserved per location of one SKU, or of every SKU of the client when {@code sku} is null. */
    public List<StockView> stock(String clientId, String sku) {
        return jdbi.withExtension(InventoryDao.class, dao -> dao.stock(clientId, sku));
    }

    /**
     * A page of the client's SKUs in code point order after {@code afterSku} (null: from the first), each with its
     * stock per location and what each channel was last shown of it; only {@code sku}, and only the stock at
     * {@code location}, when those are named.
     */
    public List<SkuStock> inventory(String clientId, String sku, String location, String afterSku, int limit) {
        return jdbi.withExtension(InventoryDao.class, dao -> {
            List<String> skus = dao.skuPage(clientId, sku, location, afterSku, limit);
            if (skus.isEmpty()) {
                return List.of();
            }
            Map<String, List<StockView>> stock = new HashMap<>();
            dao.stockOf(clientId, skus, location).forEach(s -> stock.computeIfAbsent(s.sku(),
                    k -> new ArrayList<>()).add(s));
            Map<String, List<ChannelFigure>> figures = new HashMap<>();
            dao.figuresOf(clientId, skus).forEach(f -> figures.computeIfAbsent(f.clientSku(),
                    k -> new ArrayList<>()).add(f));
            return skus.stream().map(s -> new SkuStock(s, stock.getOrDefault(s, List.of()),
                    figures.getOrDefault(s, List.of()))).toList();
        });
    }

    private record Place(String sku, String location) {
    }

    /** The locked stock with its reservations, per SKU. */
    private static Map<String, List<Slot>> slotsBySku(InventoryDao dao, String clientId, String orderId,
                                                      List<InventoryDao.Stock> stock) {
        Set<String> skus = new LinkedHashSet<>();
        stock.forEach(s -> skus.add(s.sku()));
        // Read after the lock: this statement's snapshot holds every reservation committed by earlier lock holders.
        Map<Place, InventoryDao.Reserved> reserved = new HashMap<>();
        for (InventoryDao.Reserved r : dao.reserved(clientId, orderId, skus)) {
            reserved.put(new Place(r.sku(), r.location()), r);
        }
        Map<String, List<Slot>> slotsBySku = new TreeMap<>();
        for (InventoryDao.Stock s : stock) {
            InventoryDao.Reserved r = reserved.get(new Place(s.sku(), s.location()));
            slotsBySku.computeIfAbsent(s.sku(), k -> new ArrayList<>()).add(new Slot(s.location(), s.onHand(),
                    r == null ? 0 : r.others(), r == null ? 0 : r.mine()));
        }
        return slotsBySku;
    }

    /** One location of a SKU: on-hand, what other orders hold there, what this order holds there. */
    private record Slot(String location, int onHand, int others, int mine) {

        int free() {
            return onHand - others - mine;
        }
    }

    /** The order's new quantity per location of one SKU, given its wish for the SKU. */
    private static Map<String, Integer> rebalance(List<Slot> slots, int wanted) {
        Map<String, Integer> next = new HashMap<>();
        int held = 0;
        for (Slot slot : slots) {
            next.put(slot.location(), slot.mine());
            held += slot.mine();
        }
        if (held < wanted) {
            int missing = wanted - held;
            for (Slot slot : sorted(slots, Comparator.comparingInt(Slot::free).reversed())) { // most available first
                int take = Math.min(missing, slot.free());
                if (take <= 0) {
                    break;
                }
                next.put(slot.location(), slot.mine() + take);
                missing -= take;
            }
        } else {
            // Giving back first where stock is shortest (a recount below the reservations) keeps the rest of the
            // hold on real stock.
            int excess = held - wanted;
            for (Slot slot : sorted(slots, Comparator.comparingInt(Slot::free))) {
                int give = Math.min(excess, slot.mine());
                next.put(slot.location(), slot.mine() - give);
                excess -= give;
            }
        }
        return next;
    }

    private static List<Slot> sorted(List<Slot> slots, Comparator<Slot> order) {
        return slots.stream().sorted(order.thenComparing(Slot::location)).toList();
    }
}
