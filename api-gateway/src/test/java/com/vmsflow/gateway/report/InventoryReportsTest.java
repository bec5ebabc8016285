package com.vmsflow.gateway.report;

import static com.vmsflow.gateway.testing.GatewayHarness.PUSH_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.REPORT_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.OrderRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reports inventory-differences and status-mismatches through the gateway, over 1 and 2 March 2026 in India time
 * (2026-02-28T18:30:00Z up to, not including, 2026-03-02T18:30:00Z): rows just inside and just outside, and another
 * client's rows inside.
 */
class InventoryReportsTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String REPORTS = "/v1/clients/" + REPORT_CLIENT + "/reports/";
    private static final String DAYS = "?from=2026-03-01&to=2026-03-02";
    private static final String CSV = "text/csv";

    @BeforeAll
    static void rows() {
        for (String clientId : List.of(REPORT_CLIENT, PUSH_CLIENT)) {
            String own = clientId.equals(REPORT_CLIENT) ? "" : "-OTHER";
            difference(clientId, "rec-0", "AJ-EARLY" + own, "EARLY", 4, 5, "DIFFERENT", true,
                    "2026-02-28T18:29:59.999Z");
            difference(clientId, "rec-1", "AJ-CAP" + own, "CAP", 7, 2, "DIFFERENT", true, "2026-02-28T18:30:00Z");
            difference(clientId, "rec-1", "AJ-SHIRT" + own, "SHIRT-M", null, 9, "MISSING_AT_CHANNEL", true,
                    "2026-02-28T18:30:00Z");
            difference(clientId, "rec-2", "=AJ-ODD" + own, null, 3, null, "UNMAPPED", false,
                    "2026-03-02T18:29:59Z");
            difference(clientId, "rec-3", "AJ-LATE" + own, "LATE", 1, 0, "DIFFERENT", true, "2026-03-02T18:30:00Z");

            mismatch(clientId, "SM-EARLY" + own, "panel:SM-EARLY", "2026-02-28T18:29:59Z");
            mismatch(clientId, "SM-1" + own, "panel:SM-1", "2026-03-01T04:00:00Z");
            mismatch(clientId, "SM-2" + own, "panel:SM-2", "2026-03-02T09:00:00Z");
            mismatch(clientId, "SM-GONE" + own, "panel:SM-GONE", "2026-03-02T10:00:00Z");
            mismatch(clientId, "SM-LATE" + own, "panel:SM-LATE", "2026-03-02T18:30:00Z");
        }
        // SM-1 was cancelled by the SOP rules; SM-2's cancellation was refused and waits for support; SM-GONE is not
        // in the read model.
        OrderRepository orders = new OrderRepository(gateway.jdbi());
        orders.record(order("SM-1", OrderStatus.CANCELLED, null));
        orders.record(order("SM-2", OrderStatus.PACKED, "Ajio cancelled it on the panel after packing"));
    }

    private static void difference(String clientId, String reconciliationId, String channelSku, String clientSku,
                                   Integer shown, Integer expected, String kind, boolean pushed, String foundAt) {
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                        insert into inventory_differences (client_id, channel_id, reconciliation_id, channel_sku,
                                                           client_sku, shown, expected, kind, pushed, found_at)
                        values (:client, 'ajio', :rec, :channelSku, :clientSku, :shown, :expected, :kind, :pushed,
                                :foundAt)
                        """).bind("client", clientId).bind("rec", reconciliationId).bind("channelSku", channelSku)
                .bind("clientSku", clientSku).bind("shown", shown).bind("expected", expected).bind("kind", kind)
                .bind("pushed", pushed).bind("foundAt", Instant.parse(foundAt)).execute());
    }

    private static void mismatch(String clientId, String orderId, String eventId, String foundAt) {
        gateway.jdbi().useHandle(h -> h.createUpdate("""
                        insert into status_mismatches (client_id, order_id, event_id, our_status, ajio_view, found_at)
                        values (:client, :orderId, :eventId, 'PROCESSING', 'CANCELLED', :foundAt)
                        """).bind("client", clientId).bind("orderId", orderId).bind("eventId", eventId)
                .bind("foundAt", Instant.parse(foundAt)).execute());
    }

    private static OrderRecord order(String orderId, OrderStatus status, String flag) {
        return new OrderRecord(REPORT_CLIENT, orderId, EInvoicingModel.RMS, status,
                flag == null ? WaitingFor.NONE : WaitingFor.SUPPORT, null, null, Instant.parse("2026-03-01T00:00:00Z"),
                List.of(), false, flag, new StatusChange(1, status, Instant.parse("2026-03-01T05:00:00Z"),
                "recorded by the test"));
    }

    private static Api.Answer report(String nameAndQuery, String key, String accept) {
        return gateway.api().get(REPORTS + nameAndQuery, key, accept);
    }

    @Test
    void inventoryDifferencesAsCsvAndJson() {
        Api.Answer csv = report("inventory-differences" + DAYS, REPORT_SELLER_KEY, CSV);
        Api.Answer json = report("inventory-differences" + DAYS, REPORT_SELLER_KEY, Api.JSON);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"inventory-differences_brand-g_2026-03-01_2026-03-02.csv\"");
        assertThat(csv.body()).isEqualTo("""
                clientId,channelId,reconciliationId,channelSku,clientSku,shown,expected,kind,pushed,foundAt\r
                brand-g,ajio,rec-1,AJ-CAP,CAP,7,2,DIFFERENT,true,2026-02-28T18:30:00Z\r
                brand-g,ajio,rec-1,AJ-SHIRT,SHIRT-M,,9,MISSING_AT_CHANNEL,true,2026-02-28T18:30:00Z\r
                brand-g,ajio,rec-2,'=AJ-ODD,,3,,UNMAPPED,false,2026-03-02T18:29:59Z\r
                """);
        JsonNode rows = json.json();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).toString()).isEqualTo("{\"clientId\":\"brand-g\",\"channelId\":\"ajio\","
                + "\"reconciliationId\":\"rec-2\",\"channelSku\":\"=AJ-ODD\",\"clientSku\":null,\"shown\":3,"
                + "\"expected\":null,\"kind\":\"UNMAPPED\",\"pushed\":false,\"foundAt\":\"2026-03-02T18:29:59Z\"}");
    }

    @Test
    void statusMismatchesShowTheOrderAsItIsNow() {
        Api.Answer csv = report("status-mismatches" + DAYS, REPORT_SELLER_KEY, CSV);
        Api.Answer json = report("status-mismatches" + DAYS, SUPPORT_KEY, Api.JSON);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("""
                orderId,ourStatus,ajioView,foundAt,eventId,statusNow,flaggedForSupport\r
                SM-1,PROCESSING,CANCELLED,2026-03-01T04:00:00Z,panel:SM-1,CANCELLED,false\r
                SM-2,PROCESSING,CANCELLED,2026-03-02T09:00:00Z,panel:SM-2,PACKED,true\r
                SM-GONE,PROCESSING,CANCELLED,2026-03-02T10:00:00Z,panel:SM-GONE,,false\r
                """);
        assertThat(json.json()).hasSize(3);
        assertThat(json.json().get(2).toString()).isEqualTo("{\"orderId\":\"SM-GONE\",\"ourStatus\":\"PROCESSING\","
                + "\"ajioView\":\"CANCELLED\",\"foundAt\":\"2026-03-02T10:00:00Z\",\"eventId\":\"panel:SM-GONE\","
                + "\"statusNow\":null,\"flaggedForSupport\":false}");
    }

    @Test
    void theNewReportsAreForTheSellerAndSupportOnly() {
        Api.Answer warehouse = gateway.api().get("/v1/clients/brand-a/reports/status-mismatches" + DAYS,
                WAREHOUSE_KEY, CSV);
        Api.Answer otherSeller = gateway.api().get("/v1/clients/brand-a/reports/inventory-differences" + DAYS,
                REPORT_SELLER_KEY, CSV);

        assertThat(warehouse.status()).isEqualTo(403);
        assertThat(otherSeller.status()).isEqualTo(404);
    }

    @Test
    void theReportsPageOffersThem() {
        Api.Answer catalog = gateway.api().get("/v1/reports", REPORT_SELLER_KEY);

        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        catalog.json().path("reports").forEach(report -> names.add(report.path("name").asText()));
        assertThat(names).contains("inventory-differences", "status-mismatches");
    }
}
