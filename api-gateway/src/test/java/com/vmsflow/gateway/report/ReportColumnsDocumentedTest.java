package com.vmsflow.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/reports.md is the stable column order finance and integrators rely on: it documents every report served, each
 * with its columns in the order the CSV writes them and with their formats, and every format a cell can have.
 */
class ReportColumnsDocumentedTest {

    /** Maven runs this in api-gateway/: the docs are the checkout's. */
    private static final Path DOCUMENT = Path.of("..", "docs", "reports.md");
    private static final Pattern SECTION = Pattern.compile("(?m)^## `([a-z0-9-]+)`$");
    private static final Pattern COLUMN_ROW = Pattern.compile("(?m)^\\| (\\d+) \\| `(\\w+)` \\| `([A-Z_]+)` \\|");
    private static final Pattern FORMAT_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|");

    /** A column as the document lists it: its place, its name and its format. */
    private record Documented(int place, String name, String kind) {
    }

    @Test
    void everyReportIsDocumentedWithItsColumnsInCsvOrderAndTheirFormats() throws IOException {
        Map<String, List<Documented>> documented = sections(Files.readString(DOCUMENT));

        assertThat(documented.keySet()).containsExactlyElementsOf(Reports.names());
        for (Report<?> report : Reports.ALL) {
            List<Documented> expected = new ArrayList<>();
            for (int i = 0; i < report.columns().size(); i++) {
                Column<?> column = report.columns().get(i);
                expected.add(new Documented(i + 1, column.name(), column.kind().name()));
            }
            assertThat(documented.get(report.name())).as(report.name()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyFormatOfACellIsExplained() throws IOException {
        String text = Files.readString(DOCUMENT);
        List<String> explained = new ArrayList<>();
        Matcher row = FORMAT_ROW.matcher(text.substring(0, text.indexOf("\n## `")));
        while (row.find()) {
            explained.add(row.group(1));
        }

        assertThat(explained).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CellKind.values()).map(Enum::name).toList());
    }

    /** Each report's section of the document, by report name, with the columns of its table. */
    private static Map<String, List<Documented>> sections(String text) {
        Map<String, List<Documented>> sections = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(text);
        List<Integer> headings = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (section.find()) {
            headings.add(section.start());
            bodies.add(section.end());
            names.add(section.group(1));
        }
        headings.add(text.length());
        for (int i = 0; i < names.size(); i++) {
            String body = text.substring(bodies.get(i), headings.get(i + 1));
            List<Documented> columns = new ArrayList<>();
            Matcher row = COLUMN_ROW.matcher(body);
            while (row.find()) {
                columns.add(new Documented(Integer.parseInt(row.group(1)), row.group(2), row.group(3)));
            }
            sections.put(names.get(i), columns);
        }
        return sections;
    }
}
