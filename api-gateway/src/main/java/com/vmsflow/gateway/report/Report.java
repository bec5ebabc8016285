package com.vmsflow.gateway.report;

import com.vmsflow.store.report.ReportQuery;
import java.util.List;

/** A report: its name in the path, its columns in the order they are written, and the query that reads its rows. */
record Report<T>(String name, List<Column<T>> columns, ReportQuery<T> query) {

    Report {
        columns = List.copyOf(columns);
    }
}
