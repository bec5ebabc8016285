package com.vmsflow.flow;

import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time as a workflow sees it (replayed as it was), and the day it is in India, where GST documents are dated.
 * For workflow code only; {@link #INDIA} anywhere.
 */
public final class WorkflowClock {

    /** India Standard Time: the zone of GST document dates, financial years and report days. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private WorkflowClock() {
    }

    public static Instant now() {
        return Instant.ofEpochMilli(Workflow.currentTimeMillis());
    }

    /** Today's date in India: a document's date. */
    public static LocalDate todayInIndia() {
        return LocalDate.ofInstant(now(), INDIA);
    }
}
