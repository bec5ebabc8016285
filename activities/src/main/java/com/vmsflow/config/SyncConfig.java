package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.sync.SyncSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How each client's Ajio sync workflow polls. */
public class SyncConfig {

    @NotNull
    @JsonProperty
    public Duration pollInterval = Duration.minutes(1);

    @NotNull
    @JsonProperty
    public Duration windowOverlap = Duration.minutes(10);

    /** How far back the first window of a new client reaches. */
    @NotNull
    @JsonProperty
    public Duration initialLookback = Duration.days(1);

    @Min(1)
    @JsonProperty
    public int pollsPerRun = 500;

    /** Time between two checks of the open orders' status at Ajio (panel cancellations without a feed event). */
    @NotNull
    @JsonProperty
    public Duration statusCheckInterval = Duration.minutes(15);

    /** Start each client's sync workflow when the worker starts (off in tests that drive the sync themselves). */
    @JsonProperty
    public boolean startOnBoot = true;

    public SyncSettings toSettings() {
        return new SyncSettings(java.time.Duration.ofMillis(pollInterval.toMilliseconds()),
                java.time.Duration.ofMillis(windowOverlap.toMilliseconds()), pollsPerRun,
                java.time.Duration.ofMillis(statusCheckInterval.toMilliseconds()));
    }
}
