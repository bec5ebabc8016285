package com.vmsflow.sync;

import java.time.Duration;

/**
 * How a client's Ajio sync polls.
 *
 * @param pollInterval time between two polls
 * @param windowOverlap each order window starts this long before the last one ended, for orders Ajio indexes late;
 *                      the orders seen twice are dropped by their workflow ids
 * @param pollsPerRun polls before the workflow continues as new, to keep its history short
 * @param statusCheckInterval time between two checks of the open orders' status at Ajio; null (a sync started
 *                            before the check existed) means {@link #DEFAULT_STATUS_CHECK}
 */
public record SyncSettings(Duration pollInterval, Duration windowOverlap, int pollsPerRun,
                           Duration statusCheckInterval) {

    public static final Duration DEFAULT_STATUS_CHECK = Duration.ofMinutes(15);

    public SyncSettings(Duration pollInterval, Duration windowOverlap, int pollsPerRun) {
        this(pollInterval, windowOverlap, pollsPerRun, DEFAULT_STATUS_CHECK);
    }

    public Duration statusCheckEvery() {
        return statusCheckInterval == null ? DEFAULT_STATUS_CHECK : statusCheckInterval;
    }
}
