package com.vmsflow.gateway.errors;

import com.vmsflow.store.Transactions;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL out of reach (down, restarting, refusing connections, a connection cut mid-statement, the pool
 * exhausted), or a transaction it rolled back for a deadlock or a serialization failure after the repository's own
 * retries ({@link Transactions}), is something the caller may retry: 503 UNAVAILABLE with {@code Retry-After}, as for
 * Temporal. Every request of the API is safe to repeat (API.md, "Idempotency"). Any other database failure is ours:
 * 500.
 */
public class DatabaseUnavailableMapper implements ExceptionMapper<JdbiException> {

    /** Seconds a caller should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);

    /**
     * SQLSTATEs of an unavailable server outside class 08 (connection exception): admin shutdown, crash shutdown,
     * cannot connect now (starting up or in recovery), too many connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    @Override
    public Response toResponse(JdbiException e) {
        if (Transactions.isRetryable(e)) {
            LOG.warn("PostgreSQL rolled a transaction back: {}", rootMessage(e));
            return ErrorBody.response(ErrorCode.UNAVAILABLE, "the database was busy; retry later")
                    .header("Retry-After", "1")
                    .build();
        }
        if (!isUnavailable(e)) {
            return UnexpectedExceptionMapper.internal(e);
        }
        // The cause's message names the server and the failure, never a query's values.
        LOG.warn("PostgreSQL unavailable: {}", rootMessage(e));
        return ErrorBody.response(ErrorCode.UNAVAILABLE, "the database is unavailable; retry later")
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** Whether the failure says the database could not be reached, rather than that a statement was wrong. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectionException || t instanceof PoolExhaustedException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
