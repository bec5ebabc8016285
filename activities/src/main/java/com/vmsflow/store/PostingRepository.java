package com.vmsflow.store;

import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The ERP postings outbox. A posting is written once per {@code messageId}; each client's postings get increasing
 * cursors that become visible in cursor order (the counter row is locked until the writer commits), so the PULL
 * feed never skips one that commits late.
 */
public record PostingRepository(Jdbi jdbi) {

    /** A stored posting; {@code deliveredAt} is when the ERP took it (PUSH) or acknowledged it (PULL). */
    public record Posting(String clientId, long cursor, String messageId, PostingEventType eventType, String orderId,
                          String returnId, Instant createdAt, String payloadJson, Instant deliveredAt) {
    }

    /** The outcome of an acknowledgement: how far the client has acknowledged, or why it was refused. */
    public record Ack(long ackedUpTo, long lastCursor, boolean beyondLast) {
    }

    private static final int MAX_ERROR_LENGTH = 1000;

    /** Adds the posting unless its messageId is stored already; answers the stored posting either way. */
    public Posting add(String clientId, ErpPosting posting) {
        Optional<Posting> existing = find(posting.messageId());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return jdbi.inTransaction(h -> {
                PostingDao dao = h.attach(PostingDao.class);
                dao.createCounter(clientId);
                // Locks the counter row until commit: a later cursor cannot become visible before this one.
                long cursor = dao.nextCursor(clientId);
                dao.insert(clientId, cursor, posting, posting.payload().toString());
                return dao.find(posting.messageId()).orElseThrow();
            });
        } catch (UnableToExecuteStatementException duplicate) {
            // A concurrent writer stored the same messageId first (its transaction rolled our cursor back).
            return find(posting.messageId()).orElseThrow(() -> duplicate);
        }
    }

    public Optional<Posting> find(String messageId) {
        return jdbi.withExtension(PostingDao.class, dao -> dao.find(messageId));
    }

    public void markDelivered(String messageId) {
        jdbi.useExtension(PostingDao.class, dao -> dao.markDelivered(messageId));
    }

    public void recordFailedAttempt(String messageId, String error) {
        String kept = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        jdbi.useExtension(PostingDao.class, dao -> dao.recordFailedAttempt(messageId, kept));
    }

    /** The PULL feed: postings after {@code after} and after what was acknowledged, in cursor order. */
    public List<Posting> feed(String clientId, long after, int limit) {
        return jdbi.withExtension(PostingDao.class, dao -> dao.feed(clientId, after, limit));
    }

    /** The cursor the client has acknowledged up to; 0 before its first acknowledgement. */
    public long ackedUpTo(String clientId) {
        return jdbi.withExtension(PostingDao.class, dao -> dao.ackedUpTo(clientId));
    }

    /**
     * Acknowledges every posting up to {@code upTo}; an acknowledgement never moves back. One that names a cursor
     * beyond the last posting is refused and changes nothing.
     */
    public Ack ack(String clientId, long upTo) {
        return jdbi.inTransaction(h -> {
            PostingDao dao = h.attach(PostingDao.class);
            long last = dao.lastCursor(clientId);
            if (upTo > last) {
                return new Ack(dao.ackedUpTo(clientId), last, true);
            }
            long acked = dao.raiseAck(clientId, upTo);
            dao.markAcknowledged(clientId, acked);
            return new Ack(acked, last, false);
        });
    }
}
