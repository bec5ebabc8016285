package com.vmsflow.gateway.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A column of a report: its name (the CSV header and the JSON field), the kind of its cells, and how a row gives its
 * value. Made through the factories, which tie the kind to the type of the value.
 */
record Column<T>(String name, CellKind kind, Function<T, ?> value) {

    static <T> Column<T> text(String name, Function<T, String> value) {
        return new Column<>(name, CellKind.TEXT, value);
    }

    static <T> Column<T> texts(String name, Function<T, List<String>> value) {
        return new Column<>(name, CellKind.TEXT_LIST, value);
    }

    static <T> Column<T> instant(String name, Function<T, Instant> value) {
        return new Column<>(name, CellKind.INSTANT, value);
    }

    static <T> Column<T> date(String name, Function<T, LocalDate> value) {
        return new Column<>(name, CellKind.DATE, value);
    }

    static <T> Column<T> integer(String name, Function<T, Integer> value) {
        return new Column<>(name, CellKind.INTEGER, value);
    }

    static <T> Column<T> amount(String name, Function<T, BigDecimal> value) {
        return new Column<>(name, CellKind.AMOUNT, value);
    }

    static <T> Column<T> flag(String name, Function<T, Boolean> value) {
        return new Column<>(name, CellKind.BOOLEAN, value);
    }

    /** The row's cell as CSV text; null for an empty cell. */
    String csv(T row) {
        Object cell = value.apply(row);
        return cell == null ? null : kind.csv(cell);
    }

    /** Writes the row's field, name and value, into the JSON object being written. */
    void json(JsonGenerator json, T row) throws IOException {
        json.writeFieldName(name);
        Object cell = value.apply(row);
        if (cell == null) {
            json.writeNull();
        } else {
            kind.json(json, cell);
        }
    }
}
