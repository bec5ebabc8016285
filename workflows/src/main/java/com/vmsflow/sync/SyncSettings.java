package com.vmsflow.sync;

import java.time.Duration;

/**
 * How a client's Ajio sync polls.
 *
 * @param pollInterval time between two polls
 * @param windowOverlap each order window starts this long before the last one ended, for orders Ajio indexes late;
 *                      the orders seen twice are dropped by their workflow ids
 * @param pollsPerRun polls before the workflow continues as new, to keep its history short
 */
public record SyncSettings(Duration pollInterval, Duration windowOverlap, int pollsPerRun) {
}
