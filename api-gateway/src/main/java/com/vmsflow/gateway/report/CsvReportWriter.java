package com.vmsflow.gateway.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8: a header row of the column names, then one record per row. */
final class CsvReportWriter implements ReportWriter {

    @Override
    public <T> void write(Report<T> report, Iterator<T> rows, OutputStream out) throws IOException {
        // Not closed: the response stream belongs to the container, which closes it after the last flush.
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180);
        for (Column<T> column : report.columns()) {
            csv.print(column.name());
        }
        csv.println();
        while (rows.hasNext()) {
            T row = rows.next();
            for (Column<T> column : report.columns()) {
                csv.print(column.csv(row));
            }
            csv.println();
        }
        csv.flush();
    }
}
