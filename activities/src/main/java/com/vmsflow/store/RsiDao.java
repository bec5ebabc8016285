package com.vmsflow.store;

import java.math.BigDecimal;
import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of RSI documents and their items. */
interface RsiDao {

    @SqlUpdate("""
            insert into rsi_documents (client_id, document_id, ajio_created_at) values (:clientId, :documentId, :at)
            on conflict do nothing""")
    void addDocument(@Bind("clientId") String clientId, @Bind("documentId") String documentId,
                     @Bind("at") Instant ajioCreatedAt);

    @SqlUpdate("""
            insert into rsi_items (client_id, document_id, item_no, return_id, order_id, channel_sku, quantity, amount)
            values (:clientId, :documentId, :itemNo, :returnId, :orderId, :channelSku, :quantity, :amount)
            on conflict do nothing""")
    void addItem(@Bind("clientId") String clientId, @Bind("documentId") String documentId,
                 @Bind("itemNo") int itemNo, @Bind("returnId") String returnId, @Bind("orderId") String orderId,
                 @Bind("channelSku") String channelSku, @Bind("quantity") int quantity,
                 @Bind("amount") BigDecimal amount);

    @SqlQuery("""
            select count(*) from rsi_items i join returns r
                on r.client_id = i.client_id and r.return_id = i.return_id
             where i.client_id = :clientId and i.document_id = :documentId""")
    int linkedItems(@Bind("clientId") String clientId, @Bind("documentId") String documentId);

    @SqlQuery("""
            select count(*) from rsi_items i left join returns r
                on r.client_id = i.client_id and r.return_id = i.return_id
             where i.client_id = :clientId and i.document_id = :documentId
               and (r.return_id is null or r.status in ('EXPECTED', 'REFUSED'))""")
    int unreceivedItems(@Bind("clientId") String clientId, @Bind("documentId") String documentId);

    @SqlUpdate("""
            update rsi_documents set accepted_at = coalesce(accepted_at, :at)
             where client_id = :clientId and document_id = :documentId""")
    void markAccepted(@Bind("clientId") String clientId, @Bind("documentId") String documentId,
                      @Bind("at") Instant at);
}
