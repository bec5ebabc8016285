package com.vmsflow.returns;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.RtoItem;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.List;

/** Returns in VMS Flow's own records: checked against the order, kept in the read model and the reports. */
@ActivityInterface(namePrefix = "Returns")
public interface ReturnActivities {

    String REFUSED = "RETURN_REFUSED";

    ActivityOptions OPTIONS = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(20))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMillis(500))
                    .setBackoffCoefficient(2.0)
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .setDoNotRetry(REFUSED)
                    .build())
            .build();

    LocalActivityOptions RECORD_OPTIONS = LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(10))
            // Without a schedule-to-close timeout and a finite number of attempts, the SDK treats a local activity's
            // retry policy as unset and does not retry it at all: a database outage would fail the workflow.
            // With it, a write waits out an outage of up to a week, retried at most 30 s apart.
            .setScheduleToCloseTimeout(Duration.ofDays(7))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMillis(200))
                    .setMaximumInterval(Duration.ofSeconds(30))
                    .build())
            .build();

    /** Whether the expectation fits one of our orders, with the order's figures for each expected line. */
    ExpectationCheck checkExpectation(String clientId, ReturnExpectation expectation);

    /** Writes the return's row of the read model. */
    void recordReturn(ReturnRecord record);

    /** Adds QC FAIL and MISSING quantities to the qc-exceptions report (idempotent per return and SKU). */
    void reportQcExceptions(List<QcException> exceptions);

    /** The channel SKUs of an RTO the warehouse received, from the order's lines. */
    List<RtoItem> rtoItems(String clientId, String orderId, List<ReceivedItem> items);

    /** The return id of the order's RTO expectation, or null while Ajio has sent none. */
    String findRtoReturn(String clientId, String orderId);

    /** Hands the warehouse's receipt to the return's workflow (an update, idempotent). */
    void deliverReceipt(String clientId, String returnId, ReturnReceipt receipt);
}
