package com.vmsflow.bulk;

import java.time.Instant;

/** One step of a bulk order's history; {@code seq} counts from 1. */
public record BulkStatusChange(int seq, BulkOrderStatus status, Instant at, String note) {
}
