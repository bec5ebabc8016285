package com.vmsflow.store;

import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The ERP postings outbox. A posting is written once per {@code messageId}; each client's postings get increasing
 * cursors that become visible in cursor order (the counter row is locked until the writer commits), so the PULL
 * feed never skips one that commits late.
 */
public class PostingRepository {

    /** A stored posting; {@code deliveredAt} is when the ERP took it (PUSH) or acknowledged it (PULL). */
    public record Posting(String clientId, long cursor, String messageId, PostingEventType eventType, String orderId,
                          String returnId, Instant createdAt, String payloadJson, Instant deliveredAt) {
    }

    /** The outcome of an acknowledgement: how far the client has acknowledged, or why it was refused. */
    public record Ack(long ackedUpTo, long lastCursor, boolean beyondLast) {
    }

    private final Jdbi jdbi;

    public PostingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds the posting unless its messageId is stored already; answers the stored posting either way. */
    public Posting add(String clientId, ErpPosting posting) {
        Optional<Posting> existing = find(posting.messageId());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return jdbi.inTransaction(h -> {
                h.createUpdate("insert into erp_posting_cursors (client_id) values (:client) on conflict do nothing")
                        .bind("client", clientId).execute();
                long cursor = h.createQuery("update erp_posting_cursors set last_cursor = last_cursor + 1"
                                + " where client_id = :client returning last_cursor")
                        .bind("client", clientId).mapTo(Long.class).one();
                h.createUpdate("insert into erp_postings (client_id, cursor, message_id, event_type, order_id,"
                                + " return_id, payload, created_at) values (:client, :cursor, :messageId, :type,"
                                + " :orderId, :returnId, cast(:payload as jsonb), :createdAt)")
                        .bind("client", clientId)
                        .bind("cursor", cursor)
                        .bind("messageId", posting.messageId())
                        .bind("type", posting.eventType().name())
                        .bind("orderId", posting.orderId())
                        .bind("returnId", posting.returnId())
                        .bind("payload", posting.payload().toString())
                        .bind("createdAt", posting.createdAt())
                        .execute();
                return find(h, posting.messageId()).orElseThrow();
            });
        } catch (UnableToExecuteStatementException duplicate) {
            // A concurrent writer stored the same messageId first (its transaction rolled our cursor back).
            return find(posting.messageId()).orElseThrow(() -> duplicate);
        }
    }

    public Optional<Posting> find(String messageId) {
        return jdbi.withHandle(h -> find(h, messageId));
    }

    private static Optional<Posting> find(Handle h, String messageId) {
        return h.createQuery("select * from erp_postings where message_id = :messageId")
                .bind("messageId", messageId).map(PostingRepository::posting).findOne();
    }

    public void markDelivered(String messageId) {
        jdbi.useHandle(h -> h.createUpdate("update erp_postings set delivered_at = coalesce(delivered_at, now()),"
                + " attempts = attempts + 1, last_error = null where message_id = :messageId")
                .bind("messageId", messageId).execute());
    }

    public void recordFailedAttempt(String messageId, String error) {
        jdbi.useHandle(h -> h.createUpdate("update erp_postings set attempts = attempts + 1, last_error = :error"
                + " where message_id = :messageId").bind("messageId", messageId)
                .bind("error", error.length() > 1000 ? error.substring(0, 1000) : error).execute());
    }

    /** The PULL feed: postings after {@code after} and after what was acknowledged, in cursor order. */
    public List<Posting> feed(String clientId, long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select p.* from erp_postings p where p.client_id = :client"
                        + " and p.cursor > greatest(:after, coalesce((select acked_up_to from erp_pull_acks a"
                        + " where a.client_id = :client), 0)) order by p.cursor limit :limit")
                .bind("client", clientId).bind("after", after).bind("limit", limit)
                .map(PostingRepository::posting).list());
    }

    /**
     * Acknowledges every posting up to {@code upTo}; an acknowledgement never moves back. One that names a cursor
     * beyond the last posting is refused and changes nothing.
     */
    public Ack ack(String clientId, long upTo) {
        return jdbi.inTransaction(h -> {
            long last = h.createQuery("select coalesce(max(cursor), 0) from erp_postings where client_id = :client")
                    .bind("client", clientId).mapTo(Long.class).one();
            if (upTo > last) {
                long acked = h.createQuery("select coalesce((select acked_up_to from erp_pull_acks"
                        + " where client_id = :client), 0)").bind("client", clientId).mapTo(Long.class).one();
                return new Ack(acked, last, true);
            }
            long acked = h.createQuery("insert into erp_pull_acks (client_id, acked_up_to) values (:client, :upTo)"
                            + " on conflict (client_id) do update set acked_up_to = greatest(erp_pull_acks.acked_up_to,"
                            + " excluded.acked_up_to), acked_at = now() returning acked_up_to")
                    .bind("client", clientId).bind("upTo", upTo).mapTo(Long.class).one();
            h.createUpdate("update erp_postings set delivered_at = now() where client_id = :client"
                    + " and cursor <= :upTo and delivered_at is null").bind("client", clientId).bind("upTo", acked)
                    .execute();
            return new Ack(acked, last, false);
        });
    }

    private static Posting posting(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Posting(rs.getString("client_id"), rs.getLong("cursor"), rs.getString("message_id"),
                PostingEventType.valueOf(rs.getString("event_type")), rs.getString("order_id"),
                rs.getString("return_id"), rs.getTimestamp("created_at").toInstant(), rs.getString("payload"),
                delivered == null ? null : delivered.toInstant());
    }
}
