package com.vmsflow.gateway.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How a report cell of each kind is written: as CSV text, and as a JSON value. A null value is an empty cell. */
enum CellKind {

    /** Free text: neutralised in CSV against spreadsheet formulas. */
    TEXT {
        @Override
        String csv(Object value) {
            return FormulaGuard.neutralise((String) value);
        }

        @Override
        void json(JsonGenerator json, Object value) throws IOException {
            json.writeString((String) value);
        }
    },
    /** A list of text: one cell joined by semicolons in CSV, an array in JSON. */
    TEXT_LIST {
        @Override
        String csv(Object value) {
            return FormulaGuard.neutralise(String.join(";", texts(value)));
        }

        @Override
        void json(JsonGenerator json, Object value) throws IOException {
            json.writeStartArray();
            for (String text : texts(value)) {
                json.writeString(text);
            }
            json.writeEndArray();
        }

        @SuppressWarnings("unchecked")
        private List<String> texts(Object value) {
            return (List<String>) value;
        }
    },
    /** An instant: ISO-8601 in UTC. */
    INSTANT {
        @Override
        String csv(Object value) {
            return DateTimeFormatter.ISO_INSTANT.format((Instant) value);
        }
    },
    /** A calendar date: ISO-8601. */
    DATE,
    /** A count, e.g. a quantity: a whole number. */
    INTEGER {
        @Override
        void json(JsonGenerator json, Object value) throws IOException {
            json.writeNumber((Integer) value);
        }
    },
    /** Money: a number with two decimals. */
    AMOUNT {
        @Override
        String csv(Object value) {
            return twoPlaces(value).toPlainString();
        }

        @Override
        void json(JsonGenerator json, Object value) throws IOException {
            json.writeNumber(twoPlaces(value));
        }

        private BigDecimal twoPlaces(Object value) {
            return ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
        }
    },
    BOOLEAN {
        @Override
        void json(JsonGenerator json, Object value) throws IOException {
            json.writeBoolean((Boolean) value);
        }
    };

    /** The CSV text: by default the value as it prints (a date's ISO-8601, a number, true or false). */
    String csv(Object value) {
        return value.toString();
    }

    /** The JSON value: by default its CSV text as a string. */
    void json(JsonGenerator json, Object value) throws IOException {
        json.writeString(csv(value));
    }
}
