package com.vmsflow.gateway.report;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.client.ClientListResource;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the reports page reads besides the reports: the catalogue of reports a key may read, the clients for SUPPORT,
 * and a report's first rows with its count, which must agree with the report itself. The rows are the report client's
 * on days of January 2024, which no other test uses.
 */
class ReportPreviewTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String REPORT = "/v1/clients/" + REPORT_CLIENT + "/reports/cancelled-after-erp-posting";
    private static final String DAYS = "?from=2024-01-10&to=2024-01-11";
    private static final int ROWS = 120;

    @BeforeAll
    static void rows() {
        // 120 rows on 10 and 11 January 2024 (IST), every 20 minutes from 00:20 IST on the 10th; one row on each side.
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                        insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source,
                                                                 full_cancellation, reason, invoice_received)
                        select :client, 'PV-' || lpad(g::text, 3, '0'),
                               timestamptz '2024-01-09 18:30:00+00' + g * interval '20 minutes', 'SELLER', true,
                               case when g % 2 = 0 then '=cmd()' else 'damaged' end, false
                        from generate_series(1, :rows) g
                        """).bind("client", REPORT_CLIENT).bind("rows", ROWS).execute());
        gateway.jdbi().useHandle(h -> h.execute("""
                insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source, full_cancellation,
                                                         reason, invoice_received)
                values (?, 'PV-BEFORE', timestamptz '2024-01-09 18:29:59+00', 'SELLER', true, 'early', false),
                       (?, 'PV-AFTER', timestamptz '2024-01-11 18:30:00+00', 'SELLER', true, 'late', false)
                """, REPORT_CLIENT, REPORT_CLIENT));
    }

    @Test
    void theFirstRowsAreTheReportsAndTheCountIsItsCsvRecords() {
        Api.Answer preview = gateway.api().get(REPORT + "/preview" + DAYS, REPORT_SELLER_KEY);
        Api.Answer json = gateway.api().get(REPORT + DAYS, REPORT_SELLER_KEY, Api.JSON);
        Api.Answer csv = gateway.api().get(REPORT + DAYS, REPORT_SELLER_KEY, "text/csv");

        assertThat(preview.status()).isEqualTo(200);
        JsonNode body = preview.json();
        assertThat(body.path("report").asText()).isEqualTo("cancelled-after-erp-posting");
        assertThat(body.path("clientId").asText()).isEqualTo(REPORT_CLIENT);
        assertThat(body.path("from").asText()).isEqualTo("2024-01-10");
        assertThat(body.path("to").asText()).isEqualTo("2024-01-11");
        assertThat(body.path("limit").asInt()).isEqualTo(ReportPreviewResource.DEFAULT_LIMIT);
        assertThat(body.path("rowCount").asLong()).isEqualTo(ROWS);
        assertThat(csv.body().split("\r\n")).as("a header, then one record per row").hasSize(1 + ROWS);
        assertThat(json.json()).hasSize(ROWS);
        List<JsonNode> first = new ArrayList<>();
        json.json().forEach(first::add);
        assertThat(body.path("rows")).hasSize(50).containsExactlyElementsOf(first.subList(0, 50));
        assertThat(body.path("rows").path(0).path("orderId").asText()).isEqualTo("PV-001");
        assertThat(body.path("rows").path(1).path("reason").asText()).as("JSON text stays as it is")
                .isEqualTo("=cmd()");
    }

    @Test
    void theLimitIsChosenWithinBoundsAndEveryBadParameterIsNamed() {
        Api.Answer three = gateway.api().get(REPORT + "/preview" + DAYS + "&limit=3", REPORT_SELLER_KEY);
        Api.Answer all = gateway.api().get(REPORT + "/preview" + DAYS + "&limit=500", REPORT_SELLER_KEY);
        Api.Answer bad = gateway.api().get(REPORT + "/preview?from=2024-01-11&to=2024-01-10&limit=501",
                REPORT_SELLER_KEY);
        Api.Answer zero = gateway.api().get(REPORT + "/preview" + DAYS + "&limit=0", REPORT_SELLER_KEY);
        Api.Answer word = gateway.api().get(REPORT + "/preview" + DAYS + "&limit=ten", REPORT_SELLER_KEY);

        assertThat(three.json().path("rows")).hasSize(3);
        assertThat(three.json().path("rowCount").asLong()).isEqualTo(ROWS);
        assertThat(all.json().path("rows")).hasSize(ROWS);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.detail("to")).isEqualTo("must not be before from");
        assertThat(bad.detail("limit")).isEqualTo("must be a whole number from 1 to 500");
        assertThat(List.of(zero, word)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.detail("limit")).isEqualTo("must be a whole number from 1 to 500");
        });
    }

    @Test
    void anEmptyRangeCountsNothing() {
        JsonNode body = gateway.api().get(REPORT + "/preview?from=2024-02-01&to=2024-02-29", REPORT_SELLER_KEY)
                .json();

        assertThat(body.path("rowCount").asLong()).isZero();
        assertThat(body.path("rows")).isEmpty();
    }

    @Test
    void thePreviewIsGuardedAsTheReportIs() {
        String path = REPORT + "/preview" + DAYS;
        Api.Answer otherSeller = gateway.api().get(path, RMS_SELLER_KEY);
        Api.Answer support = gateway.api().get(path, SUPPORT_KEY);
        Api.Answer warehouse = gateway.api().get("/v1/clients/" + ERP_CLIENT
                + "/reports/cancelled-after-erp-posting/preview" + DAYS, WAREHOUSE_KEY);
        Api.Answer none = gateway.api().get(path, null);
        Api.Answer unknownReport = gateway.api().get("/v1/clients/" + REPORT_CLIENT + "/reports/nope/preview" + DAYS,
                REPORT_SELLER_KEY);
        Api.Answer unknownClient = gateway.api().get("/v1/clients/brand-zz/reports/failed-orders/preview" + DAYS,
                SUPPORT_KEY);

        assertThat(otherSeller.status()).isEqualTo(404);
        assertThat(otherSeller.code()).isEqualTo("NOT_FOUND");
        assertThat(support.json().path("rowCount").asLong()).isEqualTo(ROWS);
        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(none.status()).isEqualTo(401);
        assertThat(unknownReport.status()).isEqualTo(404);
        assertThat(unknownReport.json().path("message").asText()).startsWith("no report nope; the reports are ");
        assertThat(unknownClient.status()).isEqualTo(404);
    }

    @Test
    void theCatalogueListsEveryReportWithItsColumnsForTheKey() {
        Api.Answer seller = gateway.api().get("/v1/reports", REPORT_SELLER_KEY);
        Api.Answer support = gateway.api().get("/v1/reports", SUPPORT_KEY);
        Api.Answer warehouse = gateway.api().get("/v1/reports", WAREHOUSE_KEY);
        Api.Answer none = gateway.api().get("/v1/reports", null);

        assertThat(seller.status()).isEqualTo(200);
        JsonNode catalog = seller.json();
        assertThat(catalog.path("role").asText()).isEqualTo("SELLER");
        assertThat(catalog.path("clientId").asText()).isEqualTo(REPORT_CLIENT);
        assertThat(catalog.path("maxDays").asInt()).isEqualTo(ReportPeriod.MAX_DAYS);
        List<String> names = new ArrayList<>();
        catalog.path("reports").forEach(r -> names.add(r.path("name").asText()));
        assertThat(names).containsExactlyElementsOf(Reports.names());
        for (int i = 0; i < Reports.ALL.size(); i++) {
            JsonNode entry = catalog.path("reports").path(i);
            Report<?> report = Reports.ALL.get(i);
            assertThat(entry.path("title").asText()).isNotBlank();
            List<String> columns = new ArrayList<>();
            entry.path("columns").forEach(c -> columns.add(c.path("name").asText() + ":" + c.path("kind").asText()));
            assertThat(columns).as(report.name()).containsExactlyElementsOf(report.columns().stream()
                    .map(c -> c.name() + ":" + c.kind().name()).toList());
        }
        assertThat(catalog.path("reports").path(0).path("title").asText())
                .isEqualTo("Orders cancelled after ERP posting");
        assertThat(support.json().path("role").asText()).isEqualTo("SUPPORT");
        assertThat(support.json().has("clientId")).as("SUPPORT reads every client's reports").isFalse();
        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(warehouse.code()).isEqualTo("FORBIDDEN");
        assertThat(none.status()).isEqualTo(401);
    }

    @Test
    void supportListsTheClientsAndNoOtherKeyMay() {
        Api.Answer support = gateway.api().get("/v1/clients", SUPPORT_KEY);
        Api.Answer seller = gateway.api().get("/v1/clients", REPORT_SELLER_KEY);

        assertThat(support.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        support.json().forEach(c -> ids.add(c.path("clientId").asText()));
        assertThat(ids).contains("brand-a", "brand-g").isSorted();
        assertThat(support.json().path(0).path("name").asText()).isEqualTo("Brand brand-a");
        assertThat(seller.status()).isEqualTo(403);
    }

    @Test
    void theNewSchemasHaveTheFieldsOfWhatIsAnswered() {
        JsonNode schemas = gateway.api().get("/openapi.json", null).json().path("components").path("schemas");
        Map<String, Class<? extends Record>> records = Map.of(
                "ReportCatalog", ReportCatalog.class,
                "ReportCatalogEntry", ReportCatalog.Entry.class,
                "ReportColumn", ReportCatalog.ColumnEntry.class,
                "ClientSummary", ClientListResource.ClientSummary.class);
        records.forEach((name, type) -> assertThat(fields(schemas.path(name))).as(name).containsExactlyElementsOf(
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()));
        List<String> kinds = new ArrayList<>();
        schemas.path("ReportColumn").path("properties").path("kind").path("enum").forEach(k -> kinds.add(k.asText()));
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.stream(CellKind.values()).map(Enum::name)
                .toList());
        List<String> answered = new ArrayList<>();
        gateway.api().get(REPORT + "/preview" + DAYS, REPORT_SELLER_KEY).json().fieldNames()
                .forEachRemaining(answered::add);
        assertThat(fields(schemas.path("ReportPreview"))).containsExactlyElementsOf(answered);
    }

    private static List<String> fields(JsonNode schema) {
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
