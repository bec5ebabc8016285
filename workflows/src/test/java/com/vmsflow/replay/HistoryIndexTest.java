package com.vmsflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.order.cancellation.CancellationRule;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixtures' index (histories/INDEX.md) stays true: every fixture has one row, every row names a fixture, the
 * test that recorded it and, where there is one, the SOP cancellation row. A fixture named after a test counter
 * (CT14, FL9) says nothing without it.
 */
class HistoryIndexTest {

    /** {@code | `file` | scenario | `package.Class#method` | commit | `RULE` or — |} */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([^`]+)` \\| ([^|]+) \\| `([^`#]+)#([^`]+)` \\| ([0-9a-f]{7}) \\| (?:`([A-Z_]+)`|—) \\|$");

    record Entry(String fixture, String scenario, String testClass, String testMethod, String sopRow) {
    }

    private static List<Entry> entries;
    private static List<String> fixtures;

    @BeforeAll
    static void read() throws Exception {
        Path folder = Path.of(Objects.requireNonNull(HistoryIndexTest.class.getResource("/histories")).toURI());
        List<String> tableRows = Files.readAllLines(folder.resolve("INDEX.md")).stream()
                .filter(line -> line.startsWith("| `")).toList();
        entries = tableRows.stream().map(line -> {
            Matcher m = ROW.matcher(line);
            assertThat(m.matches()).as("an index row of five columns: %s", line).isTrue();
            return new Entry(m.group(1), m.group(2).strip(), m.group(3), m.group(4), m.group(6));
        }).toList();
        fixtures = ReplayTest.histories().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void everyFixtureHasOneRowAndEveryRowAFixture() {
        List<String> indexed = entries.stream().map(Entry::fixture).toList();
        assertThat(indexed).as("fixtures indexed twice").doesNotHaveDuplicates();
        assertThat(fixtures).as("fixtures without a row in histories/INDEX.md").isSubsetOf(indexed);
        assertThat(indexed).as("rows of histories/INDEX.md naming no fixture").isSubsetOf(fixtures);
    }

    @Test
    void everyRowSaysWhatHappenedAndNamesATestThatExists() throws Exception {
        for (Entry entry : entries) {
            assertThat(entry.scenario()).as("the scenario of %s", entry.fixture()).hasSizeGreaterThan(20);
            Class<?> test = Class.forName("com.vmsflow." + entry.testClass());
            Set<String> methods = Arrays.stream(test.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toSet());
            assertThat(methods).as("%s names a test method of %s", entry.fixture(), test.getSimpleName())
                    .contains(entry.testMethod());
        }
    }

    @Test
    void everySopRowIsARuleOfTheCancellationTableAndEveryTableFixtureHasOne() {
        Set<String> rules = Arrays.stream(CancellationRule.values()).map(Enum::name).collect(Collectors.toSet());
        for (Entry entry : entries) {
            if (entry.sopRow() != null) {
                assertThat(rules).as("the SOP row of %s", entry.fixture()).contains(entry.sopRow());
            }
            if (entry.testClass().equals("order.CancellationTableWorkflowTest")) {
                assertThat(entry.sopRow()).as("the SOP row of %s", entry.fixture()).isNotNull();
            }
        }
    }
}
