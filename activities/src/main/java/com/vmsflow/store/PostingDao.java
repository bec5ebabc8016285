package com.vmsflow.store;

import com.vmsflow.erp.ErpPosting;
import com.vmsflow.store.PostingRepository.Posting;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the ERP postings outbox, its per-client cursor counters and the PULL acknowledgements. */
@RegisterConstructorMapper(Posting.class)
interface PostingDao {

    @SqlUpdate("insert into erp_posting_cursors (client_id) values (:clientId) on conflict do nothing")
    void createCounter(String clientId);

    /** The client's next cursor; the counter row stays locked until the calling transaction ends. */
    @SqlQuery("""
            update erp_posting_cursors set last_cursor = last_cursor + 1
            where client_id = :clientId
            returning last_cursor
            """)
    long nextCursor(String clientId);

    @SqlUpdate("""
            insert into erp_postings (client_id, cursor, message_id, event_type, order_id, return_id, payload,
                                      created_at)
            values (:clientId, :cursor, :p.messageId, :p.eventType, :p.orderId, :p.returnId, cast(:payload as jsonb),
                    :p.createdAt)
            """)
    void insert(String clientId, long cursor, @BindMethods("p") ErpPosting posting, String payload);

    @SqlQuery("""
            select client_id, cursor, message_id, event_type, order_id, return_id, created_at,
                   cast(payload as text) as payload_json, delivered_at
            from erp_postings where message_id = :messageId
            """)
    Optional<Posting> find(String messageId);

    @SqlUpdate("""
            update erp_postings set delivered_at = coalesce(delivered_at, now()), attempts = attempts + 1,
                                    last_error = null
            where message_id = :messageId
            """)
    void markDelivered(String messageId);

    @SqlUpdate("update erp_postings set attempts = attempts + 1, last_error = :error where message_id = :messageId")
    void recordFailedAttempt(String messageId, String error);

    @SqlQuery("""
            select client_id, cursor, message_id, event_type, order_id, return_id, created_at,
                   cast(payload as text) as payload_json, delivered_at
            from erp_postings
            where client_id = :clientId and cursor > greatest(:after, coalesce(
                    (select acked_up_to from erp_pull_acks a where a.client_id = :clientId), 0))
            order by cursor
            limit :limit
            """)
    List<Posting> feed(String clientId, long after, int limit);

    @SqlQuery("select coalesce(max(cursor), 0) from erp_postings where client_id = :clientId")
    long lastCursor(String clientId);

    @SqlQuery("select coalesce((select acked_up_to from erp_pull_acks where client_id = :clientId), 0)")
    long ackedUpTo(String clientId);

    /** Moves the acknowledgement up to {@code upTo}, never back; answers where it stands. */
    @SqlQuery("""
            insert into erp_pull_acks (client_id, acked_up_to) values (:clientId, :upTo)
            on conflict (client_id) do update
               set acked_up_to = greatest(erp_pull_acks.acked_up_to, excluded.acked_up_to), acked_at = now()
            returning acked_up_to
            """)
    long raiseAck(String clientId, long upTo);

    @SqlUpdate("""
            update erp_postings set delivered_at = now()
            where client_id = :clientId and cursor <= :upTo and delivered_at is null
            """)
    void markAcknowledged(String clientId, long upTo);
}
