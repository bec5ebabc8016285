package com.vmsflow.gateway.report;

import java.util.List;

/**
 * What {@code GET /v1/reports} answers: the reports a key may read, for which client, and the longest range.
 *
 * @param role the key's role, SELLER or SUPPORT
 * @param clientId the key's client; absent for SUPPORT, which reads any client's reports (GET /v1/clients lists them)
 * @param maxDays the most days one report covers, {@code from} and {@code to} both included
 * @param reports in the order the page offers them
 */
public record ReportCatalog(String role, String clientId, int maxDays, List<Entry> reports) {

    public ReportCatalog {
        reports = List.copyOf(reports);
    }

    /**
     * A report: its name in the path, a title and a sentence for people, its columns in CSV order.
     *
     * @param columns each column's name (the CSV header and the JSON field) and kind
     */
    public record Entry(String name, String title, String description, List<ColumnEntry> columns) {

        public Entry {
            columns = List.copyOf(columns);
        }

        static Entry of(Report<?> report) {
            ReportTitles.Title title = ReportTitles.of(report.name());
            return new Entry(report.name(), title.title(), title.description(),
                    report.columns().stream().map(c -> new ColumnEntry(c.name(), c.kind().name())).toList());
        }
    }

    /**
     * A column.
     *
     * @param kind TEXT, TEXT_LIST (JSON array, CSV cell joined by ;), INSTANT (ISO-8601 UTC), DATE (ISO-8601),
     *             AMOUNT (two decimals) or BOOLEAN
     */
    public record ColumnEntry(String name, String kind) {
    }
}
