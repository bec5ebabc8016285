package com.vmsflow.store;

import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OrderRow.class)
@RegisterConstructorMapper(StatusChange.class)
interface OrderDao {

    /** What every read of an {@link OrderRow} selects: the row, before its {@code where}. */
    String ROW = """
            select client_id, order_id, e_invoicing_model, status, status_seq, waiting_for, waiting_for_what,
                   waiting_since, ajio_created_at, missing_channel_skus, overdue, flag, on_hold_reason, on_hold_until,
                   partner_client_id, updated_at
            from orders
            """;

    /** {@link #search}'s query, also for the test that reads its plan. */
    String SEARCH = ROW + """
            where client_id = :clientId
              and order_id in (
                  select order_id from orders where client_id = :clientId and upper(order_id) = :key
                  union
                  select order_id from orders where client_id = :clientId and parent_order_id is not null
                     and upper(parent_order_id) = :key
                  union
                  select order_id from orders where client_id = :clientId and po_number is not null
                     and upper(po_number) = :key
                  union
                  select reference from documents where client_id = :clientId and doc_kind = 'B2B_INVOICE'
                     and upper(irn) = :key
                  union
                  select reference from documents where client_id = :clientId and doc_kind = 'SHIPPING_LABEL'
                     and upper(doc_number) = :key)
              and (cast(:status as text) is null or status = :status)
              and (cast(:afterOrderId as text) is null or order_id > :afterOrderId)
            order by order_id
            limit :limit
            """;

    /** A record with a status change: applied unless the row already has this change or a later one. */
    @SqlUpdate("""
            insert into orders (client_id, order_id, e_invoicing_model, status, status_seq, waiting_for,
                                waiting_for_what, waiting_since, ajio_created_at, missing_channel_skus, overdue, flag,
                                parent_order_id, po_number, on_hold_reason, on_hold_until, partner_client_id)
            values (:clientId, :orderId, :eInvoicingModel, :status, :seq, :waitingFor, :waitingForWhat,
                    :waitingSince, :ajioCreatedAt, cast(:missingChannelSkus as text[]), :overdue, :flag, :parentOrderId,
                    :poNumber, :onHoldReason, :onHoldUntil, :partnerClientId)
            on conflict (client_id, order_id) do update set
                e_invoicing_model = excluded.e_invoicing_model, status = excluded.status,
                status_seq = excluded.status_seq, waiting_for = excluded.waiting_for,
                waiting_for_what = excluded.waiting_for_what, waiting_since = excluded.waiting_since,
                ajio_created_at = excluded.ajio_created_at, missing_channel_skus = excluded.missing_channel_skus,
                overdue = excluded.overdue, flag = excluded.flag, on_hold_reason = excluded.on_hold_reason,
                on_hold_until = excluded.on_hold_until, updated_at = now(),
                parent_order_id = coalesce(orders.parent_order_id, excluded.parent_order_id),
                po_number = coalesce(orders.po_number, excluded.po_number),
                partner_client_id = coalesce(orders.partner_client_id, excluded.partner_client_id)
            where orders.status_seq < excluded.status_seq
            """)
    void upsertWithChange(@BindMethods OrderRecord record, int seq);

    /**
     * A record where only the waiting state moved: it has no seq, so it never sets the status, and it is dropped
     * when the row is at another status already (a retry overtaken by a status change).
     */
    @SqlUpdate("""
            insert into orders (client_id, order_id, e_invoicing_model, status, status_seq, waiting_for,
                                waiting_for_what, waiting_since, ajio_created_at, missing_channel_skus, overdue, flag,
                                parent_order_id, po_number, on_hold_reason, on_hold_until, partner_client_id)
            values (:clientId, :orderId, :eInvoicingModel, :status, 0, :waitingFor, :waitingForWhat,
                    :waitingSince, :ajioCreatedAt, cast(:missingChannelSkus as text[]), :overdue, :flag, :parentOrderId,
                    :poNumber, :onHoldReason, :onHoldUntil, :partnerClientId)
            on conflict (client_id, order_id) do update set
                waiting_for = excluded.waiting_for, waiting_for_what = excluded.waiting_for_what,
                waiting_since = excluded.waiting_since, missing_channel_skus = excluded.missing_channel_skus,
                overdue = excluded.overdue, flag = excluded.flag, on_hold_reason = excluded.on_hold_reason,
                on_hold_until = excluded.on_hold_until, updated_at = now(),
                parent_order_id = coalesce(orders.parent_order_id, excluded.parent_order_id),
                po_number = coalesce(orders.po_number, excluded.po_number),
                partner_client_id = coalesce(orders.partner_client_id, excluded.partner_client_id)
            where orders.status = excluded.status
            """)
    void upsertWaiting(@BindMethods OrderRecord record);

    @SqlUpdate("""
            insert into order_status_history (client_id, order_id, seq, status, changed_at, note)
            values (:clientId, :orderId, :seq, :status, :at, :note)
            on conflict do nothing
            """)
    void insertHistory(String clientId, String orderId, @BindMethods StatusChange change);

    @SqlQuery(ROW + "where client_id = :clientId and order_id = :orderId")
    Optional<OrderRow> find(String clientId, String orderId);

    @SqlQuery(ROW + "where client_id = :clientId and order_id = any(:orderIds)")
    List<OrderRow> findAll(String clientId, String[] orderIds);

    @SqlQuery(ROW + """
            where client_id = :clientId
              and (cast(:status as text) is null or status = :status)
              and (cast(:afterOrderId as text) is null or order_id > :afterOrderId)
            order by order_id
            limit :limit
            """)
    List<OrderRow> list(String clientId, OrderStatus status, String afterOrderId, int limit);

    /**
     * The orders one of whose search keys is {@code key} (already in upper case; see V11): each key is read through
     * its own index, the matches' union is then filtered and paged as {@link #list} is.
     */
    @SqlQuery(SEARCH)
    List<OrderRow> search(String clientId, String key, OrderStatus status, String afterOrderId, int limit);

    @SqlQuery("""
            select order_id from orders
            where client_id = :clientId and status = 'FAILED'
              and missing_channel_skus && cast(:channelSkus as text[])
            order by order_id
            """)
    List<String> failedOrdersMissing(String clientId, Collection<String> channelSkus);

    @SqlQuery("select order_id from orders where client_id = :clientId and status = :status order by order_id")
    List<String> orderIdsWithStatus(String clientId, OrderStatus status);

    @SqlQuery("select order_id from orders where client_id = :clientId and order_id = any(:orderIds)")
    List<String> knownOrderIds(String clientId, String[] orderIds);

    @SqlQuery("""
            select seq, status, changed_at as at, note from order_status_history
            where client_id = :clientId and order_id = :orderId
            order by seq
            """)
    List<StatusChange> history(String clientId, String orderId);

    @SqlQuery("""
            select status, count(*) as orders from orders
            where cast(:clientId as text) is null or client_id = :clientId
            group by status
            """)
    @KeyColumn("status")
    @ValueColumn("orders")
    Map<OrderStatus, Integer> countByStatus(String clientId);
}
