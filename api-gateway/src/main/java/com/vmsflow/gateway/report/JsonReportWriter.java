package com.vmsflow.gateway.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** A JSON array with one object per row, fields named and ordered as the columns; an empty cell is null. */
final class JsonReportWriter implements ReportWriter {

    private final JsonFactory factory;

    JsonReportWriter(JsonFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> void write(Report<T> report, Iterator<T> rows, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            // The response stream belongs to the container: closing the generator only flushes it. Nor does closing
            // end the array: a report cut short by a failure must not read as a complete one.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            json.writeStartArray();
            while (rows.hasNext()) {
                T row = rows.next();
                json.writeStartObject();
                for (Column<T> column : report.columns()) {
                    column.json(json, row);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
