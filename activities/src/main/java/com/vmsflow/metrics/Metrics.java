package com.vmsflow.metrics;

import com.codahale.metrics.MetricRegistry;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A process's metrics in one Prometheus registry, served on the admin port at {@value #PATH}: the Dropwizard
 * registry of the application (Jetty requests, the connection pool, Jdbi), Temporal's SDK metrics ({@code temporal_*},
 * through Micrometer), the JVM's ({@code jvm_*}, {@code process_*}, Micrometer's binders) and VMS Flow's own meters
 * ({@code vmsflow_*}, Micrometer too, so they carry labels).
 *
 * <p>Whoever creates it closes it (a Dropwizard application by managing it): the gateway and the worker each own one;
 * the one-process local run makes one and hands it to both, so the in-process worker's {@code temporal_*} metrics
 * appear on the gateway's admin port.
 */
public final class Metrics implements Managed, AutoCloseable {

    /** Beside Dropwizard's own admin pages ({@code /metrics} is its JSON). */
    public static final String PATH = "/prometheus";

    /**
     * How often Temporal's counters are copied into Micrometer. Short, so a scrape sees a workflow call made a moment
     * before; copying is cheap.
     */
    private static final com.uber.m3.util.Duration TEMPORAL_REPORT_INTERVAL = com.uber.m3.util.Duration.ofSeconds(1);

    private final PrometheusRegistry registry;
    private final PrometheusMeterRegistry meters;
    private final Scope temporal;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Set<MetricRegistry> exported = Collections.newSetFromMap(new IdentityHashMap<>());

    private Metrics(PrometheusRegistry registry) {
        this.registry = registry;
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, registry, Clock.SYSTEM);
        this.temporal = new RootScopeBuilder()
                .reporter(new MicrometerClientStatsReporter(meters))
                .reportEvery(TEMPORAL_REPORT_INTERVAL);
        // The JVM once per process (one Metrics a process). Dropwizard's own jvm.* gauges are not exported: only a server started
        // by Dropwizard's command line has them (not the one-process local run), and they would say it twice.
        new JvmMemoryMetrics().bindTo(meters);
        gc.bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        new FileDescriptorMetrics().bindTo(meters);
    }

    public static Metrics create() {
        return new Metrics(new PrometheusRegistry());
    }

    /** New metrics that the application's lifecycle closes when it stops. */
    public static Metrics ownedBy(Environment environment) {
        Metrics metrics = create();
        environment.lifecycle().manage(metrics);
        return metrics;
    }

    /** For VMS Flow's own meters. Names start with {@code vmsflow.}; Dropwizard's and Temporal's never do. */
    public MeterRegistry meters() {
        return meters;
    }

    /** The scope to give {@code TemporalConnection.open}: the client's requests and, on a worker, its polls and tasks. */
    public Scope temporalScope() {
        return temporal;
    }

    public PrometheusRegistry registry() {
        return registry;
    }

    /** Exports the application's Dropwizard registry and serves everything at {@value #PATH} on the admin port. */
    public void serve(Environment environment) {
        export(environment.metrics());
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(registry)).addMapping(PATH);
    }

    /** Adds a Dropwizard registry, read at each scrape; its names must differ from those exported already. */
    public synchronized void export(MetricRegistry dropwizard) {
        if (exported.add(dropwizard)) {
            DropwizardExports.builder().dropwizardRegistry(dropwizard)
                    .metricFilter((name, metric) -> !name.startsWith("jvm."))
                    .register(registry);
        }
    }

    @Override
    public void stop() {
        close();
    }

    /** Stops Temporal's reporting thread (it would keep the JVM alive), the GC listener and the Micrometer registry. */
    @Override
    public void close() {
        gc.close();
        try {
            temporal.close();
        } catch (Exception e) {
            // a last report failed: nothing to do at shutdown
        }
        meters.close();
    }
}
