package com.vmsflow.erp;

import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;

/**
 * Postings to the client's ERP through one outbox table: written once per {@code messageId}; in PUSH mode also
 * delivered to the ERP's URL (retried until the ERP takes it), in PULL mode read by the ERP from the gateway.
 */
@ActivityInterface(namePrefix = "Erp")
public interface ErpActivities {

    String REFUSED = "ERP_REFUSED";

    ActivityOptions OPTIONS = Activities.serviceCallOptions(Duration.ofMinutes(2), REFUSED);

    /** Calls to the ERP (its outbox), each a step with its summary. */
    Activities<ErpActivities> ERP = Activities.of(ErpActivities.class, OPTIONS);

    void post(String clientId, ErpPosting posting);

    /** Adds the order to the "cancelled after ERP posting" report (idempotent per order). */
    void reportCancelledAfterPosting(CancelledAfterPosting row);
}
