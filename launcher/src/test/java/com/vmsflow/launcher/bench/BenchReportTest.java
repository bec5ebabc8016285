package com.vmsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vmsflow.launcher.TemporalServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's columns: which servers it runs on, and a failure on one that leaves the other's figures whole. */
class BenchReportTest {

    private static final BenchCommand.Sizes SIZES = new BenchCommand.Sizes(500, 1_000, 200, 10, 1_000, 100_000,
            1_000, 200, 10, 5, 10_000, 500);

    @Test
    void bothIsTheTestServerThenTheDevServer() {
        assertThat(BenchCommand.servers("both", null)).extracting(BenchCommand.Server::choice)
                .containsExactly(TemporalServer.Choice.TEST_SERVER, TemporalServer.Choice.DEV_SERVER);
        assertThat(BenchCommand.servers("dev-server", "")).extracting(BenchCommand.Server::column)
                .containsExactly("dev server");
        assertThat(BenchCommand.servers("test-server", null)).extracting(BenchCommand.Server::column)
                .containsExactly("test server");
        assertThatThrownBy(() -> BenchCommand.servers("auto", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNamedClusterIsTheOnlyColumn() {
        List<BenchCommand.Server> servers = BenchCommand.servers("both", "temporal.example:7233");
        assertThat(servers).extracting(BenchCommand.Server::column).containsExactly("cluster");
        assertThat(servers.get(0).clusterAddress()).isEqualTo("temporal.example:7233");
    }

    @Test
    void aFailureOnOneServerKeepsTheOtherColumn() {
        BenchReport report = new BenchReport(SIZES);
        report.column("test server");
        report.server("the test server", "127.0.0.1:1", true);
        report.failed("reports", "IllegalStateException: the export answered 500");
        report.column("dev server");
        report.server("the dev server", "127.0.0.1:2", null);
        report.reports(new ReportBench.Result(100_000, 1.0, 100L << 20, 110L << 20, 200L << 20, 4, 7_000_000));
        report.stackFailed("no Temporal dev server: Go is not on this machine");
        String table = print(report);
        String row = table.lines().filter(l -> l.startsWith("| 6 Reports")).findFirst().orElseThrow();
        assertThat(row).contains(">= 100,000 rows/s in < 256 MB", "FAILED: IllegalStateException", "| FAIL |",
                "100,000 rows/s (100,000 rows in 1.0 s), live heap +10 MB", "| pass |");
        assertThat(row.indexOf("FAILED")).isLessThan(row.indexOf("100,000 rows/s ("));
        assertThat(table).contains("| figure", "| test server", "| dev server", "no timer log to replace",
                "[test server] reports failed", "[dev server] The stack did not start");
        assertThat(report.anyFailed()).isTrue();
    }

    @Test
    void aFigureOfOneColumnOnlyIsADashInTheOther() {
        BenchReport report = new BenchReport(SIZES);
        report.column("test server");
        report.notRun("ingestion", "the stack did not start");
        report.column("dev server");
        String table = print(report);
        String row = table.lines().filter(l -> l.startsWith("| 2 Ingestion")).findFirst().orElseThrow();
        assertThat(row).contains("not run: the stack did not start", "| -");
        assertThat(report.anyFailed()).isFalse();
    }

    private static String print(BenchReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
