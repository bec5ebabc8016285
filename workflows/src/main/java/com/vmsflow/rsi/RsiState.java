package com.vmsflow.rsi;

import java.time.Instant;

/** Where an RSI document stands. */
public record RsiState(String clientId, String documentId, RsiRecorded recorded, boolean accepted,
                       Instant acceptedAt) {
}
