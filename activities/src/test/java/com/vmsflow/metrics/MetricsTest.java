package com.vmsflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void dropwizardsTemporalsAndOurOwnMetricsShareOneRegistry() throws Exception {
        try (Metrics metrics = Metrics.create()) {
            MetricRegistry dropwizard = new MetricRegistry();
            dropwizard.counter("org.example.requests").inc(3);
            dropwizard.counter("jvm.threads.count").inc(7);
            metrics.export(dropwizard);
            metrics.export(dropwizard);
            metrics.meters().counter("vmsflow.test.things", "kind", "a").increment();
            metrics.temporalScope().tagged(Map.of("operation", "StartWorkflowExecution"))
                    .counter("temporal_request").inc(2);

            String text = awaitText(metrics, "temporal_request_total");

            assertThat(text)
                    .as("exported once, although asked twice").containsOnlyOnce("# TYPE org_example_requests_total")
                    .contains("org_example_requests_total 3.0")
                    .as("the JVM's from Micrometer, not Dropwizard's as well").doesNotContain("jvm_threads_count")
                    .contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_threads_live_threads", "process_uptime_seconds")
                    .contains("vmsflow_test_things_total{kind=\"a\"} 1.0")
                    .contains("temporal_request_total{operation=\"StartWorkflowExecution\"} 2.0");
        }
    }

    /** Temporal's counters reach Micrometer at the scope's next report. */
    private static String awaitText(Metrics metrics, String expected) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String text = text(metrics);
        while (!text.contains(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            text = text(metrics);
        }
        return text;
    }

    private static String text(Metrics metrics) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrometheusTextFormatWriter(false).write(out, metrics.registry().scrape());
        return out.toString(StandardCharsets.UTF_8);
    }
}
