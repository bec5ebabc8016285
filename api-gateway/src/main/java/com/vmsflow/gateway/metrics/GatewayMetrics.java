package com.vmsflow.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * The gateway's business counters, in Prometheus as {@code vmsflow_gateway_signals_sent_total{signal}},
 * {@code vmsflow_gateway_updates_accepted_total{update}} and {@code vmsflow_gateway_updates_refused_total{update,code}}
 * (code: the API's error code the caller got). A repeated update counts again: these count calls, not effects.
 */
public record GatewayMetrics(MeterRegistry meters) {

    public void signalSent(String signal) {
        meters.counter("vmsflow.gateway.signals.sent", "signal", signal).increment();
    }

    public void updateAccepted(String update) {
        meters.counter("vmsflow.gateway.updates.accepted", "update", update).increment();
    }

    public void updateRefused(String update, String code) {
        meters.counter("vmsflow.gateway.updates.refused", "update", Objects.requireNonNullElse(update, "unknown"),
                "code", code).increment();
    }
}
