package com.vmsflow.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vmsflow.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells and the writers, without a database: formulas, empty cells, and a report cut short. */
class ReportWritersTest {

    private record Row(String text, BigDecimal amount, List<String> skus, Instant at) {
    }

    private static final Report<Row> REPORT = new Report<>("test", List.of(
            Column.text("text", Row::text), Column.amount("amount", Row::amount), Column.texts("skus", Row::skus),
            Column.instant("at", Row::at)), (dao, clientId, from, to) -> {
                throw new UnsupportedOperationException("the writers are given their rows");
            });

    private static String write(ReportWriter writer, Iterator<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(REPORT, rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTextCellThatASpreadsheetWouldRunIsNeutralised() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(FormulaGuard.neutralise(formula)).isEqualTo("'" + formula);
        }
        assertThat(FormulaGuard.neutralise("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }

    @Test
    void onlyTextIsNeutralisedAndEmptyCellsAreEmpty() throws IOException {
        Iterator<Row> rows = List.of(new Row("-5", new BigDecimal("-5"), List.of("=A1", "B"), null)).iterator();

        assertThat(write(new CsvReportWriter(), rows)).isEqualTo("text,amount,skus,at\r\n'-5,-5.00,'=A1;B,\r\n");
    }

    @Test
    void aJsonReportCutShortIsNoCompleteArray() {
        Iterator<Row> failing = new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Row next() {
                if (given) {
                    throw new IllegalStateException("the database went away");
                }
                given = true;
                return new Row("a", BigDecimal.ONE, List.of(), Instant.parse("2026-03-01T00:00:00Z"));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> new JsonReportWriter(Json.mapper().getFactory())
                .write(REPORT, failing, out));

        assertThat(thrown).hasMessage("the database went away");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("[{\"text\":\"a\",\"amount\":1.00,\"skus\":[],\"at\":\"2026-03-01T00:00:00Z\"}");
    }
}
