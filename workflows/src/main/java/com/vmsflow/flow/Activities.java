package com.vmsflow.flow;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * How a workflow calls one group of activities: each call is a step named for the business in Temporal Web's
 * activity summary, with the group's own options (timeouts, retry policy, what is not retried, task queue). Each
 * activity interface declares its groups beside its options, e.g. {@code AjioActivities.AJIO}:
 * {@code AJIO.step("Acknowledge the order to Ajio").acknowledge(...)}. For workflow code only.
 */
public final class Activities<T> {

    /** Activities on our own database (PostgreSQL): idempotent, so retried freely, at most 30 s apart. */
    public static final ActivityOptions DATABASE_OPTIONS = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(20))
            .setRetryOptions(doubling(Duration.ofMillis(500), Duration.ofSeconds(30)))
            .build();

    /**
     * Local activities, which write our own database in step with the workflow (the read model; an order's
     * database steps). Without a schedule-to-close timeout the SDK treats a local activity's retry policy as unset
     * and does not retry it at all: a database outage would fail the workflow. With it, a write waits out an outage
     * of up to a week, retried at most 30 s apart.
     */
    public static final LocalActivityOptions LOCAL_OPTIONS = LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(10))
            .setScheduleToCloseTimeout(Duration.ofDays(7))
            .setRetryOptions(doubling(Duration.ofMillis(200), Duration.ofSeconds(30)))
            .build();

    /**
     * Calls to an outside service (Ajio, the RMS, the ERP): 30 s each, retried from 1 s, doubling up to
     * {@code maximumInterval}; the failure types given (the service's refusals) are not retried.
     */
    public static ActivityOptions serviceCallOptions(Duration maximumInterval, String... doNotRetry) {
        return retried(maximumInterval, doNotRetry)
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * Long steps that heartbeat (a sync's pages, a push under a rate limit): up to {@code startToClose} each, given
     * up on after 30 s without a heartbeat; retried as {@link #serviceCallOptions}.
     */
    public static ActivityOptions heartbeatingOptions(Duration startToClose, Duration maximumInterval,
                                                      String... doNotRetry) {
        return retried(maximumInterval, doNotRetry)
                .setStartToCloseTimeout(startToClose)
                .setHeartbeatTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static ActivityOptions.Builder retried(Duration maximumInterval, String... doNotRetry) {
        return ActivityOptions.newBuilder()
                .setRetryOptions(RetryOptions.newBuilder(doubling(Duration.ofSeconds(1), maximumInterval))
                        .setDoNotRetry(doNotRetry)
                        .build());
    }

    /** Every step's retries: the first after {@code initial}, each next one twice as late, up to {@code maximum}. */
    private static RetryOptions doubling(Duration initial, Duration maximum) {
        return RetryOptions.newBuilder()
                .setInitialInterval(initial)
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(maximum)
                .build();
    }

    private final Class<T> type;
    private final ActivityOptions options;

    private Activities(Class<T> type, ActivityOptions options) {
        this.type = type;
        this.options = options;
    }

    public static <T> Activities<T> of(Class<T> type, ActivityOptions options) {
        return new Activities<>(type, options);
    }

    /** The next step, run as an activity on the worker (or the options' task queue). */
    public T step(String summary) {
        return Workflow.newActivityStub(type, ActivityOptions.newBuilder(options).setSummary(summary).build());
    }

    /** The next step, run as a local activity in the workflow's own task ({@link #LOCAL_OPTIONS}). */
    public T localStep(String summary) {
        return Workflow.newLocalActivityStub(type,
                LocalActivityOptions.newBuilder(LOCAL_OPTIONS).setSummary(summary).build());
    }

    /** A local stub without a summary: the read model's writer, which {@link Progress} calls after each step. */
    public T readModelWriter() {
        return Workflow.newLocalActivityStub(type, LOCAL_OPTIONS);
    }
}
