package com.vmsflow.store.report;

import java.time.Instant;
import java.util.stream.Stream;

/** One report's query, a method of {@link ReportDao}: one client's rows of [from, to), oldest first. */
@FunctionalInterface
public interface ReportQuery<T> {

    Stream<T> rows(ReportDao dao, String clientId, Instant from, Instant to);
}
