package com.vmsflow.metrics;

import com.vmsflow.inventory.ChannelRef;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The inventory sync's counters per channel, in Prometheus as {@code vmsflow_inventory_figures_pushed_total},
 * {@code vmsflow_inventory_calls_total} (pushes and listings, throttled ones included) and
 * {@code vmsflow_inventory_throttled_total} (answers 429), each labelled {@code client} and {@code channel}.
 */
public record InventorySyncMetrics(MeterRegistry meters) {

    public void figuresPushed(ChannelRef channel, int figures) {
        meters.counter("vmsflow.inventory.figures.pushed", tags(channel)).increment(figures);
    }

    public void call(ChannelRef channel) {
        meters.counter("vmsflow.inventory.calls", tags(channel)).increment();
    }

    public void throttled(ChannelRef channel) {
        meters.counter("vmsflow.inventory.throttled", tags(channel)).increment();
    }

    private static String[] tags(ChannelRef channel) {
        return new String[] {"client", channel.clientId(), "channel", channel.channelId()};
    }
}
