package com.vmsflow.sandbox.calls;

import java.util.List;

/** The answer of {@code GET /sandbox/calls}: the most recent matching calls, oldest first, and the counts. */
public record CallsReport(List<CallRecord> calls, CallCounts counts) {

    public CallsReport {
        calls = List.copyOf(calls);
    }
}
