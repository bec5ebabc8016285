package com.vmsflow.inventory;

import java.time.Duration;

/**
 * How a channel's inventory sync pushes: the channel's batch size and rate limit, and the sync's own rhythm.
 *
 * @param batchSize channel SKUs per call (Ajio refuses bigger batches)
 * @param callsPerSecond the channel's rate limit; the sync spaces its calls to stay under it
 * @param batchesPerStep batches one push activity sends before it hands back to the workflow
 * @param sweepInterval how often the sync looks for changes even without a signal (a signal lost with a process)
 * @param reconcileEvery time between two scheduled full reconciliations (daily by default)
 * @param cyclesPerRun push cycles before the workflow continues as new, to keep its history short
 */
public record SyncTuning(int batchSize, double callsPerSecond, int batchesPerStep, Duration sweepInterval,
                         Duration reconcileEvery, int cyclesPerRun) {

    public static SyncTuning defaults() {
        return new SyncTuning(50, 5.0, 20, Duration.ofMinutes(1), Duration.ofDays(1), 500);
    }
}
