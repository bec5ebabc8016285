package com.vmsflow.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions that PostgreSQL may abort through no fault of their own: a deadlock (40P01) or a serialization
 * failure (40001) rolls the whole transaction back, and running it again is the remedy PostgreSQL documents. The
 * writers of stock lock in one order so that neither should happen; this is the net for what a lock order cannot
 * rule out (another writer of the schema, a pool whose default isolation is stricter), so that an ERP's PUT or an
 * activity does not fail for it. Activities are retried by Temporal as well (no database failure is among their
 * non-retryable types); this retry answers sooner and serves the gateway too.
 */
public final class Transactions {

    /** Attempts in all, the first included: a writer that loses more often than this is a bug to see. */
    static final int ATTEMPTS = 4;

    private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private Transactions() {
    }

    /**
     * Runs {@code transaction} (one whole transaction, e.g. a {@code jdbi.inTransaction}) and again, after a short
     * random pause, when it failed retryably; the last failure propagates. Each retry is logged: in production
     * a deadlock is news.
     */
    public static <T> T retrying(String name, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                String state = retryableState(e);
                if (state == null || attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warn("{} aborted by PostgreSQL ({} {}), attempt {} of {}; running it again", name, state,
                        state.equals("40P01") ? "deadlock" : "serialization failure", attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Whether PostgreSQL rolled the transaction back for a deadlock or a serialization failure. */
    public static boolean isRetryable(Throwable failure) {
        return retryableState(failure) != null;
    }

    private static String retryableState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && RETRYABLE_STATES.contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    // Random, so that two transactions that deadlocked do not meet again at the same moment.
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before running a transaction again", e);
        }
    }
}
