package com.vmsflow.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.gateway.testing.GatewayHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document names every report, and each report's row schema has its columns, in order. */
class ReportDocumentationTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final Map<String, String> ROW_SCHEMAS = Map.of(
            "cancelled-after-erp-posting", "CancelledAfterErpPostingRow",
            "rms-documents", "RmsDocumentRow",
            "rsi-items", "RsiItemRow",
            "qc-exceptions", "QcExceptionRow",
            "failed-orders", "FailedOrderRow",
            "inventory-differences", "InventoryDifferenceRow",
            "status-mismatches", "StatusMismatchRow",
            "b2b2c-invoices", "B2b2cInvoiceRow");

    @Test
    void eachReportIsDocumentedWithItsColumns() {
        JsonNode document = gateway.api().get("/openapi.json", null).json();
        List<String> documentedNames = new ArrayList<>();
        document.at("/components/parameters/reportName/schema/enum").forEach(n -> documentedNames.add(n.asText()));

        assertThat(documentedNames).containsExactlyElementsOf(Reports.names());
        assertThat(ROW_SCHEMAS.keySet()).containsExactlyInAnyOrderElementsOf(Reports.names());
        for (Report<?> report : Reports.ALL) {
            List<String> fields = new ArrayList<>();
            document.path("components").path("schemas").path(ROW_SCHEMAS.get(report.name())).path("properties")
                    .fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(report.name()).containsExactlyElementsOf(
                    report.columns().stream().map(Column::name).toList());
        }
    }
}
