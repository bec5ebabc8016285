package com.vmsflow.returns;

import java.time.Instant;

/** One step of a return's status history. */
public record ReturnStatusChange(ReturnStatus status, Instant at, String note) {
}
