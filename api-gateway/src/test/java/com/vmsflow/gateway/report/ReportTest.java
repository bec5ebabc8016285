package com.vmsflow.gateway.report;

import static com.vmsflow.gateway.testing.GatewayHarness.FEED_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.FEED_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.PUSH_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.store.CancelledAfterPostingRepository;
import com.vmsflow.store.OrderRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports through the gateway. Their days are 1 and 2 March 2026 in India time: from 2026-02-28T18:30:00Z up to,
 * not including, 2026-03-02T18:30:00Z. Each report has rows just inside and just outside those bounds, and rows of
 * another client inside them.
 */
class ReportTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String REPORTS = "/v1/clients/" + REPORT_CLIENT + "/reports/";
    private static final String DAYS = "?from=2026-03-01&to=2026-03-02";
    private static final String CSV = "text/csv";
    private static final String IRN = "23f498ee41441ecad30f72ba5b9907506c3df70a17b0e0dff46b76a786400662";
    private static final int BULK_ROWS = 20_000;

    @BeforeAll
    static void rows() {
        CancelledAfterPostingRepository cancelled = new CancelledAfterPostingRepository(gateway.jdbi());
        for (String clientId : List.of(REPORT_CLIENT, PUSH_CLIENT)) {
            String own = clientId.equals(REPORT_CLIENT) ? "" : "-OTHER";
            cancelled.add(cancellation(clientId, "CA-EARLY" + own, "2026-02-28T18:29:59.999Z", "too early"));
            cancelled.add(new CancelledAfterPosting(clientId, "CA-1" + own, CancellationSource.SELLER, true,
                    "customer said \"no\", twice", true, "EI-1", Instant.parse("2026-02-28T18:30:00Z")));
            cancelled.add(new CancelledAfterPosting(clientId, "CA-2" + own, CancellationSource.AJIO_BUSINESS, false,
                    "=HYPERLINK(\"http://evil.example/x\",\"click\")", false, null,
                    Instant.parse("2026-03-02T18:29:59Z")));
            cancelled.add(cancellation(clientId, "CA-LATE" + own, "2026-03-02T18:30:00Z", "too late"));

            document(clientId, "FO-R1", "B2B_INVOICE", "BG2627000001" + own, "RMS", "1234.5", "2026-02-28T18:30:00Z");
            document(clientId, "RT-R1", "CREDIT_NOTE", "BG2627C00001" + own, "RMS", "99", "2026-03-02T12:00:00Z");
            document(clientId, "FO-R2", "B2B_INVOICE", "ERP-INV-1" + own, "ERP", "10", "2026-03-01T12:00:00Z");
            document(clientId, "FO-R3", "B2C_INVOICE", "AJ-1" + own, "AJIO", "10", "2026-03-01T12:00:00Z");
            document(clientId, "FO-R4", "B2B_INVOICE", "BG2627000002" + own, "RMS", "10", "2026-03-02T18:30:00Z");
            // The brand's e-invoices to its partner (B2B2C): B2-2's is stored first, at B2-1's time.
            document(clientId, "B2-EARLY", "B2B2C_INVOICE", "ERP-B2-0" + own, "ERP", "1", "2026-02-28T18:29:59.999Z");
            document(clientId, "B2-2", "B2B2C_INVOICE", "ERP-B2-2" + own, "ERP", "420", "2026-02-28T18:30:00Z");
            document(clientId, "B2-1", "B2B2C_INVOICE", "BG2627P00001" + own, "RMS", "1180.5", "2026-02-28T18:30:00Z");
            document(clientId, "B2-3", "B2B2C_INVOICE", "ERP-B2-3" + own, "ERP", "99", "2026-03-02T18:29:59Z");
            document(clientId, "B2-LATE", "B2B2C_INVOICE", "ERP-B2-4" + own, "ERP", "1", "2026-03-02T18:30:00Z");

            OrderRepository orders = new OrderRepository(gateway.jdbi());
            orders.record(failed(clientId, "FO-F1" + own, 1, OrderStatus.FAILED, List.of("CH-1", "CH-2"),
                    "2026-03-01T02:00:00Z"));
            orders.record(failed(clientId, "FO-F1" + own, 2, OrderStatus.FULFILLABLE, List.of(),
                    "2026-03-01T05:00:00Z"));
            orders.record(failed(clientId, "FO-F2" + own, 1, OrderStatus.CREATED, List.of(), "2026-03-02T09:00:00Z"));
            orders.record(failed(clientId, "FO-F2" + own, 2, OrderStatus.FAILED, List.of("CH-3", "-CH-4"),
                    "2026-03-02T10:00:00Z"));
            orders.record(failed(clientId, "FO-F3" + own, 1, OrderStatus.FAILED, List.of("CH-5"),
                    "2026-02-28T18:29:59Z"));
        }
        // B2-1 and B2-2 are the report client's orders on a partner's seller account (brand-b stands for the partner);
        // B2-3 is not in the read model.
        OrderRepository orders = new OrderRepository(gateway.jdbi());
        orders.record(partnerOrder("B2-1", OrderStatus.PACKED));
        orders.record(partnerOrder("B2-2", OrderStatus.CANCELLED));
        // The streaming test's rows, on a day of their own.
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                        insert into cancelled_after_erp_posting (client_id, order_id, cancelled_at, source,
                                                                 full_cancellation, reason, invoice_received)
                        select :client, 'BULK-' || g, timestamptz '2025-06-01 00:00:00+00' + g * interval '1 second',
                               'SELLER', true, 'bulk', false
                        from generate_series(1, :rows) g
                        """).bind("client", REPORT_CLIENT).bind("rows", BULK_ROWS).execute());
    }

    private static CancelledAfterPosting cancellation(String clientId, String orderId, String at, String reason) {
        return new CancelledAfterPosting(clientId, orderId, CancellationSource.SELLER, true, reason, false, null,
                Instant.parse(at));
    }

    private static void document(String clientId, String reference, String kind, String number, String issuer,
                                 String total, String createdAt) {
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                        insert into documents (client_id, reference, doc_kind, doc_number, doc_date, issuer, irn,
                                               total_value, created_at)
                        values (:client, :reference, :kind, :number, date '2026-03-01', :issuer, :irn,
                                cast(:total as numeric), :createdAt)
                        """).bind("client", clientId).bind("reference", reference).bind("kind", kind)
                .bind("number", number).bind("issuer", issuer).bind("irn", IRN).bind("total", total)
                .bind("createdAt", Instant.parse(createdAt)).execute());
    }

    private static OrderRecord failed(String clientId, String orderId, int seq, OrderStatus status,
                                      List<String> missing, String at) {
        return new OrderRecord(clientId, orderId, EInvoicingModel.RMS, status, WaitingFor.SELLER, null, null,
                Instant.parse("2026-03-01T00:00:00Z"), missing, false, null,
                new StatusChange(seq, status, Instant.parse(at), "recorded by the test"));
    }

    private static OrderRecord partnerOrder(String orderId, OrderStatus status) {
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        return new OrderRecord(REPORT_CLIENT, orderId, EInvoicingModel.RMS, status, WaitingFor.NONE, null, null, at,
                List.of(), false, null, null, null, new StatusChange(1, status, at, "recorded by the test"), null, null,
                RMS_CLIENT);
    }

    private static Api.Answer report(String nameAndQuery, String accept) {
        return gateway.api().get(REPORTS + nameAndQuery, REPORT_SELLER_KEY, accept);
    }

    @Test
    void cancelledAfterErpPostingAsCsv() {
        Api.Answer answer = report("cancelled-after-erp-posting" + DAYS, CSV);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"cancelled-after-erp-posting_brand-g_2026-03-01_2026-03-02.csv\"");
        assertThat(answer.body()).isEqualTo("""
                orderId,cancelledAt,source,fullCancellation,reason,invoiceReceived,invoiceNumber\r
                CA-1,2026-02-28T18:30:00Z,SELLER,true,"customer said ""no"", twice",true,EI-1\r
                CA-2,2026-03-02T18:29:59Z,AJIO_BUSINESS,false,"'=HYPERLINK(""http://evil.example/x"",""click"")",false,\r
                """);
    }

    @Test
    void cancelledAfterErpPostingAsJson() {
        Api.Answer answer = report("cancelled-after-erp-posting" + DAYS, Api.JSON);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith(Api.JSON);
        assertThat(answer.header("Content-Disposition")).isNull();
        JsonNode rows = answer.json();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toString()).isEqualTo("{\"orderId\":\"CA-1\",\"cancelledAt\":\"2026-02-28T18:30:00Z\","
                + "\"source\":\"SELLER\",\"fullCancellation\":true,\"reason\":\"customer said \\\"no\\\", twice\","
                + "\"invoiceReceived\":true,\"invoiceNumber\":\"EI-1\"}");
        assertThat(rows.get(1).path("reason").asText()).as("JSON is no spreadsheet: text stays as it is")
                .isEqualTo("=HYPERLINK(\"http://evil.example/x\",\"click\")");
        assertThat(rows.get(1).path("invoiceNumber").isNull()).isTrue();
    }

    @Test
    void rmsDocumentsAsCsvAndJson() {
        Api.Answer csv = report("rms-documents" + DAYS, CSV);
        Api.Answer json = report("rms-documents" + DAYS, Api.JSON);

        assertThat(csv.body()).isEqualTo("""
                reference,documentKind,documentNumber,documentDate,irn,totalValue,createdAt\r
                FO-R1,B2B_INVOICE,BG2627000001,2026-03-01,%1$s,1234.50,2026-02-28T18:30:00Z\r
                RT-R1,CREDIT_NOTE,BG2627C00001,2026-03-01,%1$s,99.00,2026-03-02T12:00:00Z\r
                """.formatted(IRN));
        // The body as written: a JSON parser would read 1234.50 as 1234.5.
        assertThat(json.body()).startsWith(("[{\"reference\":\"FO-R1\",\"documentKind\":\"B2B_INVOICE\","
                + "\"documentNumber\":\"BG2627000001\",\"documentDate\":\"2026-03-01\",\"irn\":\"%s\","
                + "\"totalValue\":1234.50,\"createdAt\":\"2026-02-28T18:30:00Z\"},").formatted(IRN));
        assertThat(json.body()).contains("\"totalValue\":99.00");
        assertThat(json.json()).hasSize(2);
    }

    @Test
    void b2b2cInvoicesAsCsvJsonAndPreviewForTheBrandOnly() {
        Api.Answer csv = report("b2b2c-invoices" + DAYS, CSV);
        Api.Answer json = report("b2b2c-invoices" + DAYS, Api.JSON);
        Api.Answer preview = report("b2b2c-invoices/preview" + DAYS, Api.JSON);
        Api.Answer support = gateway.api().get(REPORTS + "b2b2c-invoices" + DAYS, SUPPORT_KEY, CSV);
        Api.Answer partner = gateway.api().get(REPORTS + "b2b2c-invoices" + DAYS, RMS_SELLER_KEY, CSV);
        Api.Answer partnersOwn = gateway.api().get("/v1/clients/" + RMS_CLIENT + "/reports/b2b2c-invoices" + DAYS,
                RMS_SELLER_KEY, CSV);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"b2b2c-invoices_brand-g_2026-03-01_2026-03-02.csv\"");
        assertThat(csv.body()).isEqualTo("""
                createdAt,orderId,partnerClientId,invoiceNumber,invoiceDate,irn,issuer,totalValue,orderStatus\r
                2026-02-28T18:30:00Z,B2-1,brand-b,BG2627P00001,2026-03-01,%1$s,RMS,1180.50,PACKED\r
                2026-02-28T18:30:00Z,B2-2,brand-b,ERP-B2-2,2026-03-01,%1$s,ERP,420.00,CANCELLED\r
                2026-03-02T18:29:59Z,B2-3,,ERP-B2-3,2026-03-01,%1$s,ERP,99.00,\r
                """.formatted(IRN));
        assertThat(json.body()).startsWith(("[{\"createdAt\":\"2026-02-28T18:30:00Z\",\"orderId\":\"B2-1\","
                + "\"partnerClientId\":\"brand-b\",\"invoiceNumber\":\"BG2627P00001\",\"invoiceDate\":\"2026-03-01\","
                + "\"irn\":\"%s\",\"issuer\":\"RMS\",\"totalValue\":1180.50,\"orderStatus\":\"PACKED\"},")
                .formatted(IRN));
        assertThat(json.json()).hasSize(3);
        assertThat(json.json().get(2).path("partnerClientId").isNull()).isTrue();
        assertThat(json.json().get(2).path("orderStatus").isNull()).isTrue();
        assertThat(preview.json().path("rowCount").asLong()).isEqualTo(3);
        assertThat(preview.json().path("rows")).containsExactlyElementsOf(json.json());
        assertThat(support.body()).isEqualTo(csv.body());
        assertThat(partner.status()).as("the partner's key cannot read the brand's report").isEqualTo(404);
        assertThat(partner.code()).isEqualTo("NOT_FOUND");
        assertThat(partnersOwn.body()).as("the invoices are the brand's documents")
                .isEqualTo("createdAt,orderId,partnerClientId,invoiceNumber,invoiceDate,irn,issuer,totalValue,"
                        + "orderStatus\r\n");
    }

    @Test
    void failedOrdersAsCsvAndJson() {
        Api.Answer csv = report("failed-orders" + DAYS, CSV);
        Api.Answer json = report("failed-orders" + DAYS, Api.JSON);

        assertThat(csv.body()).isEqualTo("""
                orderId,failedAt,missingChannelSkus,currentStatus,resolvedAt\r
                FO-F1,2026-03-01T02:00:00Z,,FULFILLABLE,2026-03-01T05:00:00Z\r
                FO-F2,2026-03-02T10:00:00Z,CH-3;-CH-4,FAILED,\r
                """);
        assertThat(json.json().get(1).toString()).isEqualTo("{\"orderId\":\"FO-F2\",\"failedAt\":"
                + "\"2026-03-02T10:00:00Z\",\"missingChannelSkus\":[\"CH-3\",\"-CH-4\"],\"currentStatus\":\"FAILED\","
                + "\"resolvedAt\":null}");
        assertThat(json.json().get(0).path("missingChannelSkus").isArray()).isTrue();
    }

    @Test
    void aBigReportIsStreamedRowByRow() {
        String query = "cancelled-after-erp-posting?from=2025-06-01&to=2025-06-01";

        Api.Answer csv = report(query, CSV);
        Api.Answer json = report(query, Api.JSON);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Length")).as("written as it is read, so of no length known up front")
                .isNull();
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(1 + BULK_ROWS);
        assertThat(lines[1]).startsWith("BULK-1,2025-06-01T00:00:01Z,");
        assertThat(lines[BULK_ROWS]).startsWith("BULK-20000,2025-06-01T05:33:20Z,");
        assertThat(json.json()).hasSize(BULK_ROWS);
    }

    @Test
    void csvIsTheDefaultAndAnUnsupportedAcceptIsRefused() {
        Api.Answer none = report("failed-orders" + DAYS, null);
        Api.Answer any = report("failed-orders" + DAYS, "*/*");
        Api.Answer browser = report("failed-orders" + DAYS, "text/html,application/xml;q=0.9,*/*;q=0.8");
        Api.Answer preferJson = report("failed-orders" + DAYS, "text/csv;q=0.5, application/json");
        Api.Answer html = report("failed-orders" + DAYS, "text/html");

        assertThat(List.of(none, any, browser)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith(CSV);
        });
        assertThat(preferJson.header("Content-Type")).startsWith(Api.JSON);
        assertThat(preferJson.header("Vary")).as("caches keep each representation apart").contains("Accept");
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.code()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(html.json().path("message").asText()).isEqualTo(
                "reports are served as text/csv or application/json");
    }

    @Test
    void badRangesAreNamed() {
        Api.Answer none = report("failed-orders", CSV);
        Api.Answer notADay = report("failed-orders?from=2026-02-30&to=01-03-2026", CSV);
        Api.Answer backwards = report("failed-orders?from=2026-03-02&to=2026-03-01", CSV);
        Api.Answer tooLong = report("failed-orders?from=2025-03-01&to=2026-03-02", CSV);
        Api.Answer longest = report("failed-orders?from=2025-03-01&to=2026-03-01", CSV);

        assertThat(List.of(none, notADay, backwards, tooLong)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        });
        assertThat(none.detail("from")).isEqualTo("is required (yyyy-MM-dd)");
        assertThat(none.detail("to")).isEqualTo("is required (yyyy-MM-dd)");
        assertThat(notADay.detail("from")).isEqualTo("must be a date (yyyy-MM-dd)");
        assertThat(notADay.detail("to")).isEqualTo("must be a date (yyyy-MM-dd)");
        assertThat(backwards.detail("to")).isEqualTo("must not be before from");
        assertThat(tooLong.detail("to")).isEqualTo("must be within 366 days of from, both included");
        assertThat(longest.status()).isEqualTo(200);
    }

    @Test
    void anUnknownReportIsNotFoundAndTheMessageNamesTheReports() {
        Api.Answer answer = report("returned-items" + DAYS, CSV);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.json().path("message").asText()).isEqualTo("no report returned-items; the reports are"
                + " cancelled-after-erp-posting, rms-documents, rsi-items, qc-exceptions, failed-orders,"
                + " inventory-differences, status-mismatches, b2b2c-invoices");
    }

    @Test
    void sellersAndSupportReadReportsOfTheirClientsOnly() {
        String path = REPORTS + "failed-orders" + DAYS;
        Api.Answer seller = gateway.api().get(path, REPORT_SELLER_KEY, CSV);
        Api.Answer support = gateway.api().get(path, SUPPORT_KEY, CSV);
        Api.Answer otherSeller = gateway.api().get(path, RMS_SELLER_KEY, CSV);
        Api.Answer erp = gateway.api().get("/v1/clients/" + FEED_CLIENT + "/reports/failed-orders" + DAYS,
                FEED_ERP_KEY, CSV);
        Api.Answer warehouse = gateway.api().get("/v1/clients/brand-a/reports/failed-orders" + DAYS, WAREHOUSE_KEY,
                CSV);
        Api.Answer unknownClient = gateway.api().get("/v1/clients/brand-zz/reports/failed-orders" + DAYS,
                SUPPORT_KEY, CSV);

        assertThat(support.status()).isEqualTo(200);
        assertThat(support.body()).isEqualTo(seller.body());
        assertThat(otherSeller.status()).isEqualTo(404);
        assertThat(otherSeller.code()).isEqualTo("NOT_FOUND");
        assertThat(erp.status()).isEqualTo(403);
        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(unknownClient.status()).isEqualTo(404);
    }
}
