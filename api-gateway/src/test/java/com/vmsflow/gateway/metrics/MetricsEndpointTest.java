package com.vmsflow.gateway.metrics;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.testing.PrometheusScrape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gateway's admin port in Prometheus format: Dropwizard's metrics and the gateway's own counters and timers. */
class MetricsEndpointTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final String PACK_URI = "/v1/clients/{clientId}/orders/{orderId}/pack";

    private static PrometheusScrape scrape() {
        return PrometheusScrape.of(gateway.adminUrl() + "/prometheus");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> line(String sku, int packed) {
        return Map.of("sku", sku, "packed", packed, "notFound", 0, "damaged", 0);
    }

    @Test
    void updatesRefusedAndAcceptedSignalsSentAndRequestsByResourceAreCounted() {
        gateway.startOrder(RMS_CLIENT, "MT-1", Map.of("TSHIRT-M", 2));
        gateway.startOrderAsIs(RMS_CLIENT, "MT-2", Map.of("AJ-METRICS", 1));
        String pack = "/v1/clients/" + RMS_CLIENT + "/orders/MT-1/pack";
        PrometheusScrape before = scrape();

        Api.Answer refused = gateway.api().post(pack, RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 1))));
        Api.Answer accepted = gateway.api().post(pack, RMS_WAREHOUSE_KEY,
                Map.of("lines", List.of(line("TSHIRT-M", 2))));
        Api.Answer mapped = gateway.api().put("/v1/clients/" + RMS_CLIENT + "/sku-mappings", RMS_SELLER_KEY,
                List.of(Map.of("channelSku", "AJ-METRICS", "clientSku", "METRICS")));
        PrometheusScrape after = scrape();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(mapped.json().path("ordersRetried").toString()).isEqualTo("[\"MT-2\"]");
        assertThat(increase(before, after, "vmsflow_gateway_updates_refused_total",
                Map.of("update", "pack", "code", "VALIDATION_FAILED"))).isEqualTo(1);
        assertThat(increase(before, after, "vmsflow_gateway_updates_accepted_total", Map.of("update", "pack")))
                .isEqualTo(1);
        assertThat(increase(before, after, "vmsflow_gateway_signals_sent_total",
                Map.of("signal", "skuMappingsUploaded"))).isEqualTo(1);
        assertThat(increase(before, after, "vmsflow_gateway_requests_seconds_count",
                Map.of("method", "POST", "uri", PACK_URI, "status", "422"))).isEqualTo(1);
        assertThat(increase(before, after, "vmsflow_gateway_requests_seconds_count",
                Map.of("method", "POST", "uri", PACK_URI, "status", "202"))).isEqualTo(1);
        assertThat(after.value("vmsflow_gateway_requests_seconds_bucket",
                Map.of("uri", PACK_URI, "status", "202", "le", "+Inf"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theEndpointServesJettyJvmAndPoolMetricsInTheTextFormat() {
        gateway.api().get("/v1/clients/" + ERP_CLIENT + "/orders/NO-SUCH-ORDER", WAREHOUSE_KEY);
        gateway.api().get("/no/such/path/SCANNED-42", WAREHOUSE_KEY);

        // Jersey reports a request FINISHED after its response is on the wire: scrape until the last one is timed.
        PrometheusScrape scrape = scrape();
        for (int i = 0; i < 50 && scrape.value("vmsflow_gateway_requests_seconds_count", Map.of("uri", "UNMATCHED")) < 1;
                i++) {
            sleep(100);
            scrape = scrape();
        }

        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.value("io_dropwizard_jetty_MutableServletContextHandler_requests_count", Map.of()))
                .as("Jetty's requests").isGreaterThanOrEqualTo(2);
        assertThat(scrape.value("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(scrape.has("io_dropwizard_db_ManagedPooledDataSource_postgresql_active")).as("the pool").isTrue();
        assertThat(scrape.value("vmsflow_gateway_requests_seconds_count", Map.of("method", "GET",
                "uri", "/v1/clients/{clientId}/orders/{orderId}", "status", "404"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("vmsflow_gateway_requests_seconds_count", Map.of("uri", "UNMATCHED")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.samples()).as("paths as templates, never raw")
                .noneMatch(s -> String.valueOf(s.labels().get("uri")).contains("NO-SUCH-ORDER")
                        || String.valueOf(s.labels().get("uri")).contains("SCANNED-42"));
    }

    @Test
    void openMetricsWhenAskedFor() {
        PrometheusScrape scrape = PrometheusScrape.of(gateway.adminUrl() + "/prometheus",
                "application/openmetrics-text; version=1.0.0");

        assertThat(scrape.contentType()).startsWith("application/openmetrics-text");
        assertThat(scrape.body()).endsWith("# EOF\n");
    }

    private static double increase(PrometheusScrape before, PrometheusScrape after, String name,
                                   Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
