package com.vmsflow.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Bulk orders' stock and read model. Their reservations are written under the same locks as the forward orders'
 * ({@link InventoryDao}): the order's advisory lock first, then its stock rows in (sku, location, pool) order.
 */
@RegisterConstructorMapper(BulkOrderDao.Slot.class)
@RegisterConstructorMapper(BulkOrderDao.Held.class)
@RegisterConstructorMapper(StockView.class)
@RegisterConstructorMapper(BulkOrderRow.class)
interface BulkOrderDao {

    /** One SKU in the order's pool at its location: on hand, held by every order, held by this one. */
    record Slot(String sku, int onHand, int reserved, int mine) {

        /** What this order may hold of it: its own and what nobody holds. */
        int forMe() {
            return Math.max(onHand - reserved, 0) + mine;
        }
    }

    record Held(String sku, String location, String pool, int quantity) {
    }

    /** The lock {@code InventoryDao.lockOrder} takes: one key space for every holder of reservations. */
    @SqlQuery("select true from pg_advisory_xact_lock(hashtext(:clientId), hashtext(:holder))")
    boolean lockHolder(String clientId, String holder);

    /** Answers 0 when the round ran before. */
    @SqlUpdate("""
            insert into bulk_allocation_rounds (client_id, bulk_order_id, round) values (:clientId, :bulkOrderId, :round)
            on conflict do nothing
            """)
    int startRound(String clientId, String bulkOrderId, int round);

    @SqlQuery("""
            select exists (select from bulk_dispatches where client_id = :clientId and bulk_order_id = :bulkOrderId)
            """)
    boolean dispatched(String clientId, String bulkOrderId);

    /** Answers 0 when the order was dispatched before. */
    @SqlUpdate("""
            insert into bulk_dispatches (client_id, bulk_order_id) values (:clientId, :bulkOrderId)
            on conflict do nothing
            """)
    int markDispatched(String clientId, String bulkOrderId);

    /** Locks the SKUs' rows of the pool at the location, in the lock order, with what the holder has of each. */
    @SqlQuery("""
            select i.sku, i.on_hand, i.reserved, coalesce(r.quantity, 0) as mine
            from inventory i
            left join reservations r on r.client_id = i.client_id and r.order_id = :holder and r.sku = i.sku
                                    and r.location = i.location and r.pool = i.pool
            where i.client_id = :clientId and i.location = :location and i.pool = :pool
              and i.sku = any(cast(:skus as text[]))
            order by i.sku collate "C"
            for update of i
            """)
    List<Slot> lockPool(String clientId, String holder, String location, String pool, Collection<String> skus);

    /** Every pool of the SKUs at the location, as it stands (read, not locked: the reasons a seller reads). */
    @SqlQuery("""
            select sku, location, pool, on_hand, reserved from inventory
            where client_id = :clientId and location = :location and sku = any(cast(:skus as text[]))
            """)
    List<StockView> stockAt(String clientId, String location, Collection<String> skus);

    @SqlUpdate("""
            insert into reservations (client_id, order_id, sku, location, pool, quantity)
            values (:clientId, :holder, :sku, :location, :pool, :quantity)
            on conflict (client_id, order_id, sku, location)
            do update set quantity = excluded.quantity, updated_at = now()
            """)
    void setReservation(String clientId, String holder, String sku, String location, String pool, int quantity);

    @SqlUpdate("""
            delete from reservations
            where client_id = :clientId and order_id = :holder and sku = :sku and location = :location
            """)
    void deleteReservation(String clientId, String holder, String sku, String location);

    /** What the holder has, locking its stock rows in the lock order. */
    @SqlQuery("""
            select r.sku, r.location, r.pool, r.quantity
            from reservations r
            join inventory i on i.client_id = r.client_id and i.sku = r.sku and i.location = r.location
                            and i.pool = r.pool
            where r.client_id = :clientId and r.order_id = :holder
            order by r.sku collate "C", r.location collate "C", r.pool collate "C"
            for update of i
            """)
    List<Held> lockHeld(String clientId, String holder);

    @SqlUpdate("""
            update inventory set on_hand = greatest(on_hand - :quantity, 0), updated_at = now()
            where client_id = :clientId and sku = :sku and location = :location and pool = :pool
            """)
    void takeOut(String clientId, String sku, String location, String pool, int quantity);

    @SqlUpdate("""
            insert into bulk_orders (client_id, bulk_order_id, fulfilment_type, qc_status, location, status,
                                     waiting_for, waiting_for_what, waiting_since, revision, state, created_at)
            values (:clientId, :bulkOrderId, :fulfilmentType, :qcStatus, :location, :status, :waitingFor,
                    :waitingForWhat, :waitingSince, :revision, cast(:state as jsonb), :createdAt)
            on conflict (client_id, bulk_order_id) do update set
                status = excluded.status, waiting_for = excluded.waiting_for,
                waiting_for_what = excluded.waiting_for_what, waiting_since = excluded.waiting_since,
                revision = excluded.revision, state = excluded.state, updated_at = now()
            where bulk_orders.revision <= excluded.revision
            """)
    void upsert(String clientId, String bulkOrderId, String fulfilmentType, String qcStatus, String location,
                String status, String waitingFor, String waitingForWhat, Instant waitingSince, int revision,
                String state, Instant createdAt);

    @SqlQuery("""
            select bulk_order_id, fulfilment_type, qc_status, location, status, waiting_for, waiting_for_what,
                   waiting_since, created_at, updated_at, cast(state as text) as state
            from bulk_orders where client_id = :clientId and bulk_order_id = :bulkOrderId
            """)
    Optional<BulkOrderRow> find(String clientId, String bulkOrderId);

    @SqlQuery("""
            select bulk_order_id, fulfilment_type, qc_status, location, status, waiting_for, waiting_for_what,
                   waiting_since, created_at, updated_at, cast(state as text) as state
            from bulk_orders
            where client_id = :clientId
              and (cast(:status as text) is null or status = :status)
              and (cast(:after as text) is null or bulk_order_id > :after)
            order by bulk_order_id
            limit :limit
            """)
    List<BulkOrderRow> list(String clientId, String status, String after, int limit);
}
