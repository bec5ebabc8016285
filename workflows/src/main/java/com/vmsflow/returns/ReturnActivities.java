package com.vmsflow.returns;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.RtoItem;
import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.util.List;

/** Returns in VMS Flow's own records: checked against the order, kept in the read model and the reports. */
@ActivityInterface(namePrefix = "Returns")
public interface ReturnActivities {

    String REFUSED = "RETURN_REFUSED";

    /** Our database's options; a refusal (an expectation that fits none of our orders) is not retried. */
    ActivityOptions OPTIONS = ActivityOptions.newBuilder(Activities.DATABASE_OPTIONS)
            .setRetryOptions(RetryOptions.newBuilder(Activities.DATABASE_OPTIONS.getRetryOptions())
                    .setDoNotRetry(REFUSED)
                    .build())
            .build();

    /** Calls to our records of returns, each a step with its summary. */
    Activities<ReturnActivities> RETURNS = Activities.of(ReturnActivities.class, OPTIONS);

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
