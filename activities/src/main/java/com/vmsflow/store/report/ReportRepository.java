package com.vmsflow.store.report;

import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/** Reads reports row by row, handing each to the caller as it comes from the database: no report is held whole. */
public record ReportRepository(Jdbi jdbi) {

    /** Takes a report's rows while the query runs; what it throws ends the query and comes out of the stream call. */
    @FunctionalInterface
    public interface RowSink<T, X extends Exception> {
        void write(Iterator<T> rows) throws X;
    }

    public <T, X extends Exception> void stream(ReportQuery<T> query, String clientId, Instant from, Instant to,
                                                RowSink<T, X> sink) throws X {
        // Autocommit off: only inside a transaction does the PostgreSQL driver honour the fetch size with a cursor.
        jdbi.useTransaction(h -> {
            try (Stream<T> rows = query.rows(h.attach(ReportDao.class), clientId, from, to)) {
                sink.write(rows.iterator());
            }
        });
    }
}
