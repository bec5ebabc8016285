package com.vmsflow.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Times every API request by resource: {@code vmsflow_gateway_requests_seconds{method,uri,status}} (count, sum, max
 * and buckets), {@code uri} being the matched path template such as {@code /v1/clients/{clientId}/orders/{orderId}/pack},
 * so a resource added later is timed without touching it. Requests no resource matched share {@code uri="UNMATCHED"}:
 * raw paths would make a series per scanned URL.
 */
public record RequestMetrics(MeterRegistry meters) implements ApplicationEventListener {

    static final String NAME = "vmsflow.gateway.requests";

    /** Buckets around what callers wait for: reads, updates (up to 10 s), handovers (up to 20 s). */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)};

    @Override
    public void onEvent(ApplicationEvent event) {
        // nothing per application
    }

    @Override
    public RequestEventListener onRequest(RequestEvent start) {
        long started = System.nanoTime();
        return event -> {
            if (event.getType() == RequestEvent.Type.FINISHED) {
                Timer.builder(NAME)
                        .description("API requests by resource")
                        .tags("method", event.getContainerRequest().getMethod(), "uri", template(event.getUriInfo()),
                                "status", status(event.getContainerResponse()))
                        .serviceLevelObjectives(BUCKETS)
                        .register(meters)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** Jersey lists the matched templates innermost first. */
    static String template(ExtendedUriInfo uriInfo) {
        List<UriTemplate> templates = uriInfo == null ? List.of() : uriInfo.getMatchedTemplates();
        if (templates.isEmpty()) {
            return "UNMATCHED";
        }
        StringBuilder path = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            path.append('/').append(templates.get(i).getTemplate());
        }
        return path.toString().replaceAll("/{2,}", "/");
    }

    /** No response: the request failed past every exception mapper, which the caller sees as 500. */
    private static String status(ContainerResponse response) {
        return response == null ? "500" : String.valueOf(response.getStatus());
    }
}
