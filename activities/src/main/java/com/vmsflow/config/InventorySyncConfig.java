package com.vmsflow.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vmsflow.inventory.SyncTuning;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How each channel's inventory sync workflow runs (the channel's batch size and rate limit are its own settings). */
public class InventorySyncConfig {

    /** Batches one push step sends before it hands back to the workflow. */
    @Min(1)
    @JsonProperty
    public int batchesPerStep = 20;

    /** The sync looks for changes this often even without a signal (one lost with a process). */
    @NotNull
    @JsonProperty
    public Duration sweepInterval = Duration.minutes(1);

    /** Time between two scheduled full reconciliations of a channel. */
    @NotNull
    @JsonProperty
    public Duration reconcileEvery = Duration.days(1);

    @Min(1)
    @JsonProperty
    public int cyclesPerRun = 500;

    /** Signals to one channel's sync are sent at most this often by one process: the changes wait in the database. */
    @NotNull
    @JsonProperty
    public Duration nudgeInterval = Duration.seconds(1);

    /** Start each channel's sync workflow when the worker starts (off in tests that drive the sync themselves). */
    @JsonProperty
    public boolean startOnBoot = true;

    public SyncTuning tuning(int batchSize, double callsPerSecond) {
        return new SyncTuning(batchSize, callsPerSecond, batchesPerStep,
                java.time.Duration.ofMillis(sweepInterval.toMilliseconds()),
                java.time.Duration.ofMillis(reconcileEvery.toMilliseconds()), cyclesPerRun);
    }
}
