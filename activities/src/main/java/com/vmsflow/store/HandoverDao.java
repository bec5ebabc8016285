package com.vmsflow.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(HandoverRow.class)
interface HandoverDao {

    /** Answers 0 if the handover id is taken. */
    @SqlUpdate("""
            insert into handovers (client_id, handover_id, courier, order_ids)
            values (:clientId, :handoverId, :courier, cast(:orderIds as text[]))
            on conflict do nothing
            """)
    int insert(String clientId, String handoverId, String courier, List<String> orderIds);

    /** Answers, per order, 0 if the order is on a handover already. */
    @SqlBatch("""
            insert into handover_orders (client_id, order_id, handover_id) values (:clientId, :orderId, :handoverId)
            on conflict do nothing
            """)
    int[] claimOrders(String clientId, String handoverId, List<String> orderId);

    @SqlQuery("""
            select order_id, handover_id from handover_orders
            where client_id = :clientId and order_id = any(cast(:orderIds as text[]))
            """)
    @KeyColumn("order_id")
    @ValueColumn("handover_id")
    Map<String, String> handoversOf(String clientId, Collection<String> orderIds);

    @SqlQuery("""
            select client_id, handover_id, courier, order_ids, created_at from handovers
            where client_id = :clientId and handover_id = :handoverId
            """)
    Optional<HandoverRow> find(String clientId, String handoverId);
}
