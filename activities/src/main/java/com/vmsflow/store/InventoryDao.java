package com.vmsflow.store;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Inventory and its soft reservations. Locks are taken in one order by every transaction: first the order's own
 * lock (only by the transactions that change its reservations, and one order per transaction), then the inventory
 * rows involved, in the order (sku, location) under the "C" collation (code point order), before any reservation
 * changes; the V7 trigger's updates then only meet rows the transaction holds already. Concurrent transactions
 * queue instead of deadlocking.
 */
@RegisterConstructorMapper(InventoryDao.Stock.class)
@RegisterConstructorMapper(InventoryDao.Reserved.class)
@RegisterConstructorMapper(InventoryDao.Held.class)
@RegisterConstructorMapper(StockView.class)
@RegisterConstructorMapper(ChannelFigure.class)
@RegisterConstructorMapper(StockMove.class)
interface InventoryDao {

    record Stock(String sku, String location, int onHand) {
    }

    /** What other orders and this order hold of a SKU at a location. */
    record Reserved(String sku, String location, int others, int mine) {
    }

    record Held(String sku, String location, int quantity) {
    }

    @SqlBatch("""
            insert into inventory (client_id, sku, location, pool, on_hand)
            values (:clientId, :sku, :location, :pool, :quantity)
            on conflict (client_id, sku, location, pool) do update set on_hand = excluded.on_hand, updated_at = now()
            """)
    int[] setStock(String clientId, @BindMethods List<StockLevel> levels);

    /**
     * The order's reservations change only under this lock (held to the end of the transaction): what a statement
     * reads of them after it is what the transaction will change. Keyed by hashes: two orders that share a key
     * merely queue.
     */
    @SqlQuery("select true from pg_advisory_xact_lock(hashtext(:clientId), hashtext(:orderId))")
    boolean lockOrder(String clientId, String orderId);

    /** Locks every location of the wished SKUs and of the SKUs the order holds. */
    @SqlQuery("""
            select sku, location, on_hand from inventory
            where client_id = :clientId and pool = 'GOOD'
              and (sku = any(cast(:skus as text[]))
                   or sku in (select sku from reservations where client_id = :clientId and order_id = :orderId))
            order by sku collate "C", location collate "C"
            for update
            """)
    List<Stock> lockStock(String clientId, String orderId, Collection<String> skus);

    /** Read from the locked rows: their running total (V7) and this order's own reservations. */
    @SqlQuery("""
            select i.sku, i.location, i.reserved - coalesce(r.quantity, 0) as others, coalesce(r.quantity, 0) as mine
            from inventory i
            left join reservations r on r.client_id = i.client_id and r.order_id = :orderId
                                    and r.sku = i.sku and r.location = i.location
            where i.client_id = :clientId and i.pool = 'GOOD' and i.sku = any(cast(:skus as text[]))
            """)
    List<Reserved> reserved(String clientId, String orderId, Collection<String> skus);

    @SqlUpdate("""
            insert into reservations (client_id, order_id, sku, location, quantity)
            values (:clientId, :orderId, :sku, :location, :quantity)
            on conflict (client_id, order_id, sku, location)
            do update set quantity = excluded.quantity, updated_at = now()
            """)
    void setReservation(String clientId, String orderId, String sku, String location, int quantity);

    @SqlUpdate("""
            delete from reservations
            where client_id = :clientId and order_id = :orderId and sku = :sku and location = :location
            """)
    void deleteReservation(String clientId, String orderId, String sku, String location);

    @SqlQuery("select exists (select from consumed_reservations where client_id = :clientId and order_id = :orderId)")
    boolean consumed(String clientId, String orderId);

    /** Answers 0 if the order was consumed before. */
    @SqlUpdate("""
            insert into consumed_reservations (client_id, order_id) values (:clientId, :orderId)
            on conflict do nothing
            """)
    int markConsumed(String clientId, String orderId);

    /**
     * The order's reservations, locking their inventory rows in order. Under the order's lock they cannot change
     * while this waits for a row, so the quantities answered are the ones the transaction deletes.
     */
    @SqlQuery("""
            select r.sku, r.location, r.quantity
            from reservations r
            join inventory i on i.client_id = r.client_id and i.sku = r.sku and i.location = r.location
                            and i.pool = r.pool
            where r.client_id = :clientId and r.order_id = :orderId
            order by r.sku collate "C", r.location collate "C"
            for update of i
            """)
    List<Held> lockHeld(String clientId, String orderId);

    // After a recount below the reservations, less may be on hand than what leaves: on-hand stops at zero.
    @SqlUpdate("""
            update inventory set on_hand = greatest(on_hand - :quantity, 0), updated_at = now()
            where client_id = :clientId and sku = :sku and location = :location and pool = 'GOOD'
            """)
    void takeOut(String clientId, String sku, String location, int quantity);

    @SqlUpdate("""
            insert into consumed_stock (client_id, order_id, sku, location, quantity)
            values (:clientId, :orderId, :sku, :location, :quantity)
            on conflict do nothing
            """)
    void recordConsumed(String clientId, String orderId, String sku, String location, int quantity);

    /** The location the order's units of a SKU left from (the most of them), null when none is recorded. */
    @SqlQuery("""
            select location from consumed_stock
            where client_id = :clientId and order_id = :orderId and sku = :sku
            order by quantity desc, location collate "C"
            limit 1
            """)
    String shippedFrom(String clientId, String orderId, String sku);

    /** The SKU's location with the most sellable stock, null when it has none anywhere. */
    @SqlQuery("""
            select location from inventory
            where client_id = :clientId and sku = :sku
            order by (pool = 'GOOD') desc, on_hand desc, location collate "C"
            limit 1
            """)
    String stockedAt(String clientId, String sku);

    /** Locks the SKU's rows at the location in the pools named, in pool order (the lock order's last key). */
    @SqlQuery("""
            select sku, location, pool, on_hand, reserved from inventory
            where client_id = :clientId and sku = :sku and location = :location
              and pool = any(cast(:pools as text[]))
            order by pool collate "C"
            for update
            """)
    List<StockView> lockPools(String clientId, String sku, String location, Collection<String> pools);

    @SqlBatch("""
            insert into inventory (client_id, sku, location, pool, on_hand)
            values (:clientId, :sku, :location, :pool, :quantity)
            on conflict (client_id, sku, location, pool)
            do update set on_hand = inventory.on_hand + excluded.on_hand, updated_at = now()
            """)
    void addStock(String clientId, @BindMethods List<StockLevel> additions);

    /** Checked by the caller under the row's lock: never below what is reserved. */
    @SqlUpdate("""
            update inventory set on_hand = on_hand - :quantity, updated_at = now()
            where client_id = :clientId and sku = :sku and location = :location and pool = :pool
            """)
    void takeFromPool(String clientId, String sku, String location, String pool, int quantity);

    /** Answers 0 when the client has a move of that id already. */
    @SqlUpdate("""
            insert into inventory_moves (client_id, move_id, sku, location, from_pool, to_pool, quantity)
            values (:clientId, :m.moveId, :m.sku, :m.location, :m.from, :m.to, :m.quantity)
            on conflict do nothing
            """)
    int insertMove(String clientId, @BindMethods("m") StockMove move);

    @SqlQuery("""
            select move_id, sku, location, from_pool as "from", to_pool as "to", quantity from inventory_moves
            where client_id = :clientId and move_id = :moveId
            """)
    StockMove move(String clientId, String moveId);

    /** Answers 0 when the return's item was restocked before. */
    @SqlUpdate("""
            insert into return_restocks (client_id, return_id, item_id, sku, location, pool, quantity)
            values (:clientId, :returnId, :itemId, :sku, :location, :pool, :quantity)
            on conflict do nothing
            """)
    int insertRestock(String clientId, String returnId, String itemId, String sku, String location, String pool,
                      int quantity);

    @SqlUpdate("delete from reservations where client_id = :clientId and order_id = :orderId")
    void deleteReservations(String clientId, String orderId);

    @SqlQuery("""
            select sku, location, pool, on_hand, reserved
            from inventory
            where client_id = :clientId and (cast(:sku as text) is null or sku = :sku)
            order by sku, location, pool
            """)
    List<StockView> stock(String clientId, String sku);

    /** A page of the client's SKUs in code point order, of one SKU or at one location when those are named. */
    @SqlQuery("""
            select distinct sku collate "C" as sku
            from inventory
            where client_id = :clientId and (cast(:sku as text) is null or sku = :sku)
              and (cast(:location as text) is null or location = :location)
              and (cast(:afterSku as text) is null or sku collate "C" > :afterSku)
            order by 1
            limit :limit
            """)
    List<String> skuPage(String clientId, String sku, String location, String afterSku, int limit);

    @SqlQuery("""
            select sku, location, pool, on_hand, reserved
            from inventory
            where client_id = :clientId and sku = any(cast(:skus as text[]))
              and (cast(:location as text) is null or location = :location)
            order by sku collate "C", location collate "C", pool collate "C"
            """)
    List<StockView> stockOf(String clientId, Collection<String> skus, String location);

    @SqlQuery("""
            select channel_id, channel_sku, client_sku, quantity, pushed_at
            from channel_stock
            where client_id = :clientId and client_sku = any(cast(:skus as text[]))
            order by channel_id, channel_sku collate "C"
            """)
    List<ChannelFigure> figuresOf(String clientId, Collection<String> skus);
}
