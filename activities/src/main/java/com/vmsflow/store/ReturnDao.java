package com.vmsflow.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the returns read model and the QC exceptions report. */
@RegisterConstructorMapper(ReturnRow.class)
interface ReturnDao {

    @SqlUpdate("""
            insert into returns (client_id, return_id, order_id, return_type, return_model, status, waiting_for,
                                 note, updated_at)
            values (:clientId, :returnId, :orderId, :type, :model, :status, :waitingFor, :note, :at)
            on conflict (client_id, return_id) do update
               set status = excluded.status, waiting_for = excluded.waiting_for, note = excluded.note,
                   updated_at = excluded.updated_at
             where returns.updated_at <= excluded.updated_at""")
    void upsert(@Bind("clientId") String clientId, @Bind("returnId") String returnId,
                @Bind("orderId") String orderId, @Bind("type") String type, @Bind("model") String model,
                @Bind("status") String status, @Bind("waitingFor") String waitingFor, @Bind("note") String note,
                @Bind("at") Instant at);

    @SqlQuery("""
            select return_id from returns
             where client_id = :clientId and order_id = :orderId and return_type = 'RTO'
             order by created_at limit 1""")
    Optional<String> rtoReturnOf(@Bind("clientId") String clientId, @Bind("orderId") String orderId);

    /** A page by return id, served by the primary key (client_id, return_id). */
    @SqlQuery("""
            select client_id, return_id, order_id, return_type, return_model, status, waiting_for, note, created_at,
                   updated_at
            from returns
            where client_id = :clientId
              and (cast(:status as text) is null or status = :status)
              and (cast(:afterReturnId as text) is null or return_id > :afterReturnId)
            order by return_id
            limit :limit""")
    List<ReturnRow> list(@Bind("clientId") String clientId, @Bind("status") String status,
                         @Bind("afterReturnId") String afterReturnId, @Bind("limit") int limit);

    @SqlQuery("""
            select client_id, return_id, order_id, return_type, return_model, status, waiting_for, note, created_at,
                   updated_at
            from returns where client_id = :clientId and return_id = :returnId""")
    Optional<ReturnRow> find(@Bind("clientId") String clientId, @Bind("returnId") String returnId);

    @SqlQuery("select status from returns where client_id = :clientId and return_id = :returnId")
    Optional<String> status(@Bind("clientId") String clientId, @Bind("returnId") String returnId);

    @SqlUpdate("""
            insert into qc_exceptions (client_id, return_id, order_id, sku, channel_sku, qc, quantity, reported_at)
            values (:clientId, :returnId, :orderId, :sku, :channelSku, :qc, :quantity, :reportedAt)
            on conflict do nothing""")
    void addQcException(@Bind("clientId") String clientId, @Bind("returnId") String returnId,
                        @Bind("orderId") String orderId, @Bind("sku") String sku,
                        @Bind("channelSku") String channelSku, @Bind("qc") String qc, @Bind("quantity") int quantity,
                        @Bind("reportedAt") Instant reportedAt);
}
