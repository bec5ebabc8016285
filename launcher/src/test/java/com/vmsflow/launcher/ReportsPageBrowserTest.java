package com.vmsflow.launcher;

import static com.vmsflow.launcher.ReportRows.ERP_CLIENT;
import static com.vmsflow.launcher.ReportRows.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.auth.ApiKeyAuthenticator;
import com.vmsflow.gateway.testing.OpenApiConformance;
import com.vmsflow.launcher.GatewayClient.Answer;
import com.vmsflow.launcher.ReportRows.Expected;
import com.vmsflow.store.ApiKey;
import com.vmsflow.store.ApiKeyRepository;
import com.vmsflow.store.Role;
import com.vmsflow.testing.TestDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finance and support on the reports page, in a real browser (Debian's headless Chromium), against the whole local
 * stack: they sign in with an API key, pick each report and a week, read its first rows and their count, and download
 * it whole as CSV; errors are shown in words; a SELLER key reads its own client's rows and never another's, on the
 * page or through the API. The rows are a week of each report written through the repositories ({@link ReportRows}).
 *
 * <p>{@code -Dvmsflow.screenshot=docs/reports-page.png} also saves the page as it shows a report (the README's
 * picture), relative to the checkout.
 */
class ReportsPageBrowserTest {

    /** The week asked for, in India's days as the reports count them; it ends today (the RMS stamps documents now). */
    private static final LocalDate TO = LocalDate.now(ReportRows.INDIA);
    private static final LocalDate FROM = TO.minusDays(6);

    /** Each report, in the order the page offers it, with the client whose business makes its rows. */
    private static final Map<String, String> CLIENT_OF_REPORT = new LinkedHashMap<>();

    static {
        CLIENT_OF_REPORT.put("cancelled-after-erp-posting", ERP_CLIENT);
        CLIENT_OF_REPORT.put("rms-documents", RMS_CLIENT);
        CLIENT_OF_REPORT.put("rsi-items", RMS_CLIENT);
        CLIENT_OF_REPORT.put("qc-exceptions", ERP_CLIENT);
        CLIENT_OF_REPORT.put("failed-orders", ERP_CLIENT);
        CLIENT_OF_REPORT.put("inventory-differences", RMS_CLIENT);
        CLIENT_OF_REPORT.put("status-mismatches", RMS_CLIENT);
        CLIENT_OF_REPORT.put("b2b2c-invoices", RMS_CLIENT);
    }

    /** How the CSV writes each kind of cell; an empty cell is a null. */
    private static final Map<String, Pattern> CELL_FORMATS = Map.of(
            "INSTANT", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3,9})?Z"),
            "DATE", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            "AMOUNT", Pattern.compile("-?\\d+\\.\\d{2}"),
            "INTEGER", Pattern.compile("-?\\d+"),
            "BOOLEAN", Pattern.compile("true|false"),
            "TEXT", Pattern.compile("(?s)(?![=+\\-@\\t\\r]).*"),
            "TEXT_LIST", Pattern.compile("(?s)(?![=+\\-@\\t\\r]).*"));
    private static final Pattern DISARMED = Pattern.compile("(?s)'[=+\\-@\\t\\r].*");

    /** A column as the catalog (GET /v1/reports) names it: the CSV header and the table's head, in order. */
    private record Column(String name, String kind) {
    }

    @TempDir
    static Path browserHome;

    private static TestDatabase database;
    private static LocalStack stack;
    private static GatewayClient gateway;
    private static ReportRows rows;
    private static Map<String, List<Column>> columns;
    private static ChromeDriver browser;
    private static Path downloads;
    private static ReportsPage page;

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        database = TestDatabase.create();
        stack = LocalStack.start(LocalStack.Options.forTest(Path.of("..", "config", "local.yml"),
                // No inventory syncs: their first reconciliation would add rows of its own to inventory-differences.
                database.jdbcUrl(), config -> config.inventorySync.startOnBoot = false));
        gateway = new GatewayClient(stack.gatewayUrl(), OpenApiConformance.okHttp());
        rows = ReportRows.write(stack.jdbi(), FROM, TO);
        columns = catalog();
        downloads = browserHome.resolve("downloads");
        browser = Chromium.start(browserHome, downloads, 1280, 800);
        page = new ReportsPage(browser, stack.gatewayUrl(), downloads);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void supportPicksEachReportSeesItsFirstRowsWithTheirCountAndDownloadsItWholeAsCsv() throws IOException {
        page.open().signIn("dev-support");

        assertThat(page.signedInAs()).isEqualTo("Signed in with a SUPPORT key (all clients)");
        assertThat(page.clients()).contains(ERP_CLIENT, RMS_CLIENT);
        assertThat(page.reports()).as("every report offered has rows made by this test")
                .containsExactlyElementsOf(CLIENT_OF_REPORT.keySet());
        for (Map.Entry<String, String> reportOfClient : CLIENT_OF_REPORT.entrySet()) {
            Expected expected = rows.expected(reportOfClient.getKey(), reportOfClient.getValue());
            assertThat(expected.records()).as(expected.report()).isNotEmpty();

            page.choose(expected.clientId(), expected.report(), FROM, TO);
            page.showRows();

            assertShown(expected);
            if (expected.report().equals("cancelled-after-erp-posting")) {
                screenshotIfAsked();
            }
            String fileName = expected.report() + "_" + expected.clientId() + "_" + FROM + "_" + TO + ".csv";
            assertCsv(page.downloadCsv(fileName), expected);
            assertThat(page.status()).startsWith("Downloaded " + fileName + " (");
        }
    }

    @Test
    void aSellerKeyOfOneClientNeverSeesAnotherClientsRowsOnThePageOrThroughTheApi() throws IOException {
        // demo-rms has rows in every report of the week: there is something for demo-erp's key not to see.
        CLIENT_OF_REPORT.keySet().forEach(report -> assertThat(rows.expected(report, RMS_CLIENT).records())
                .as(report).isNotEmpty());

        page.open().signIn("dev-seller-demo-erp");

        assertThat(page.signedInAs()).isEqualTo("Signed in with a SELLER key of demo-erp");
        assertThat(page.clients()).as("no client to pick").isEmpty();
        assertThat(page.fixedClient()).isEqualTo(ERP_CLIENT);
        for (String report : CLIENT_OF_REPORT.keySet()) {
            Expected own = rows.expected(report, ERP_CLIENT);
            page.choose(null, report, FROM, TO);
            page.showRows();
            assertShown(own);
            assertCsv(page.downloadCsv(report + "_" + ERP_CLIENT + "_" + FROM + "_" + TO + ".csv"), own);
        }

        // A link to another client's report, sent by someone: the page says in words that this key cannot read it.
        page.open("client=" + RMS_CLIENT + "&report=rsi-items&from=" + FROM + "&to=" + TO);
        page.signIn("dev-seller-demo-erp");
        assertThat(page.error()).isEqualTo("Could not show the report: This key cannot read the reports of client"
                + " demo-rms: a SELLER key reads only the reports of its own client, demo-erp.");
        assertThat(page.rows()).isEmpty();
        assertThat(page.downloadCsv("rsi-items_demo-rms_" + FROM + "_" + TO + ".csv")).isNull();

        // Through the API: another client's reports do not exist for this key, in any form; its own name none of
        // the other client's rows.
        String range = "?from=" + FROM + "&to=" + TO;
        for (String report : CLIENT_OF_REPORT.keySet()) {
            String other = "/v1/clients/" + RMS_CLIENT + "/reports/" + report;
            for (Answer answer : List.of(gateway.getText("dev-seller-demo-erp", other + range, "text/csv"),
                    gateway.get("dev-seller-demo-erp", other + range),
                    gateway.get("dev-seller-demo-erp", other + "/preview" + range))) {
                assertThat(answer.status()).as(report).isEqualTo(404);
                assertThat(answer.code()).as(report).isEqualTo("NOT_FOUND");
            }
            String ownCsv = gateway.getText("dev-seller-demo-erp",
                    "/v1/clients/" + ERP_CLIENT + "/reports/" + report + range, "text/csv").text();
            for (List<String> record : rows.expected(report, RMS_CLIENT).records()) {
                assertThat(ownCsv).as(report).doesNotContain(record.get(0));
            }
        }
        assertThat(gateway.get("dev-seller-demo-erp", "/v1/clients").status()).as("the client list is support's")
                .isEqualTo(403);
    }

    @Test
    void aWrongKeyOrABadRangeIsExplainedInWords() {
        page.open().signIn("not-a-key");
        assertThat(page.signedIn()).isFalse();
        assertThat(page.signInError()).isEqualTo("Could not sign in: The API key was not accepted: it is wrong,"
                + " expired or revoked. Sign in with a valid key.");

        page.signIn("dev-warehouse-demo-erp");
        assertThat(page.signedIn()).isFalse();
        assertThat(page.signInError()).startsWith("Could not sign in: This key may not read reports: only SELLER and"
                + " SUPPORT keys may.");

        page.signIn("dev-support");
        page.choose(ERP_CLIENT, "cancelled-after-erp-posting", TO, FROM);
        page.showRows();
        assertThat(page.error()).isEqualTo("Could not show the report: The range of days is not valid."
                + " To must not be before from.");
        assertThat(page.rows()).isEmpty();
        assertThat(page.rowCount()).isNull();
        assertThat(page.downloadCsv("cancelled-after-erp-posting_demo-erp_" + TO + "_" + FROM + ".csv")).isNull();
        assertThat(page.error()).startsWith("Could not download the report: The range of days is not valid.");

        page.choose(ERP_CLIENT, "cancelled-after-erp-posting", TO.minusDays(400), TO);
        page.showRows();
        assertThat(page.error()).isEqualTo("Could not show the report: The range of days is not valid."
                + " To must be within 366 days of from, both included.");

        // Put right, the same report shows: the error goes.
        page.choose(ERP_CLIENT, "cancelled-after-erp-posting", FROM, TO);
        page.showRows();
        assertThat(page.error()).isEmpty();
        assertThat(page.rowCount()).isEqualTo(rows.expected("cancelled-after-erp-posting", ERP_CLIENT)
                .records().size());
    }

    @Test
    void aKeyRevokedWhileSignedInSendsThePersonBackToSignInWithTheReason() throws InterruptedException {
        ApiKeyRepository keys = new ApiKeyRepository(stack.jdbi());
        String secret = "finance-laptop-" + UUID.randomUUID();
        ApiKey key = keys.create(ERP_CLIENT, Role.SELLER, "finance laptop", secret);
        page.open().signIn(secret);
        page.choose(null, "qc-exceptions", FROM, TO);
        page.showRows();
        assertThat(page.rowCount()).isEqualTo(rows.expected("qc-exceptions", ERP_CLIENT).records().size());

        keys.revoke(key.keyId());
        // The gateway remembers a key's answer this long: then the revocation holds.
        Thread.sleep(ApiKeyAuthenticator.REMEMBER.plusMillis(300).toMillis());
        page.showRows();

        assertThat(page.signedIn()).isFalse();
        assertThat(page.signInError()).isEqualTo("The API key was not accepted: it is wrong, expired or revoked."
                + " Sign in with a valid key.");
    }

    /** The table shows the report's first rows as the CSV has them, under the catalog's columns, and their count. */
    private static void assertShown(Expected expected) {
        List<Column> reportColumns = columns.get(expected.report());
        int count = expected.records().size();
        assertThat(page.error()).as(expected.report()).isEmpty();
        assertThat(page.rowCount()).as(expected.report()).isEqualTo(count);
        assertThat(page.status()).as(expected.report()).isEqualTo(count == 0 ? "No rows on these days."
                : count == 1 ? "1 row." : "All " + count + " rows.");
        if (count > 0) {
            assertThat(page.header()).as(expected.report())
                    .containsExactlyElementsOf(reportColumns.stream().map(Column::name).toList());
        }
        assertThat(page.rows()).as(expected.report()).isEqualTo(expected.records().stream()
                .map(record -> onPage(reportColumns, record)).toList());
    }

    /** The page shows text as it is (the apostrophe that disarms a formula is the CSV's), and lists as "a; b". */
    private static List<String> onPage(List<Column> reportColumns, List<String> csvRecord) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < csvRecord.size(); i++) {
            String cell = csvRecord.get(i);
            switch (reportColumns.get(i).kind()) {
                case "TEXT" -> cells.add(DISARMED.matcher(cell).matches() ? cell.substring(1) : cell);
                case "TEXT_LIST" -> cells.add(cell.replace(";", "; "));
                default -> cells.add(cell);
            }
        }
        return cells;
    }

    /** The file: UTF-8 RFC 4180 CSV, the catalog's columns as its header, then exactly the expected records. */
    private static void assertCsv(Path file, Expected expected) throws IOException {
        assertThat(file).as(expected.report() + ": downloaded").isNotNull();
        List<Column> reportColumns = columns.get(expected.report());
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(in).getRecords();
        }
        assertThat(records.get(0).toList()).as(expected.report() + ": header")
                .containsExactlyElementsOf(reportColumns.stream().map(Column::name).toList());
        List<List<String>> body = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
        assertThat(body).as(expected.report()).isEqualTo(expected.records());
        for (List<String> record : body) {
            for (int i = 0; i < record.size(); i++) {
                Column column = reportColumns.get(i);
                if (!record.get(i).isEmpty()) {
                    assertThat(record.get(i)).as(expected.report() + "." + column.name() + " (" + column.kind() + ")")
                            .matches(CELL_FORMATS.get(column.kind()));
                }
            }
        }
        assertThat(Files.readString(file)).as("RFC 4180 ends records with CRLF").endsWith("\r\n");
    }

    private static Map<String, List<Column>> catalog() {
        JsonNode catalog = gateway.get("dev-support", "/v1/reports").body();
        Map<String, List<Column>> byReport = new LinkedHashMap<>();
        catalog.path("reports").forEach(report -> {
            List<Column> reportColumns = new ArrayList<>();
            report.path("columns").forEach(c -> reportColumns.add(new Column(c.path("name").asText(),
                    c.path("kind").asText())));
            byReport.put(report.path("name").asText(), reportColumns);
        });
        return byReport;
    }

    /** Saves the page as it is now when {@code -Dvmsflow.screenshot} names a file (relative to the checkout). */
    private static void screenshotIfAsked() throws IOException {
        String target = System.getProperty("vmsflow.screenshot", "");
        if (target.isBlank()) {
            return;
        }
        // Maven runs this test in launcher/: a relative name is the checkout's.
        Path file = Path.of("..").resolve(target).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        // The picture is of a 1280x800 screen, whatever room the headless window leaves its page.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            Files.write(file, page.screenshot());
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
