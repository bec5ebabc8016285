package com.vmsflow.flow;

import java.time.Instant;

/** A support action the order took, for the audit trail: what, on which step, by whom, why, when. */
public record SupportRecord(SupportAction action, String step, String requestedBy, String reason, Instant at) {
}
