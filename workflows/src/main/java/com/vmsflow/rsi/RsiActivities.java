package com.vmsflow.rsi;

import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.flow.Activities;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import java.time.Instant;

/** RSI documents in VMS Flow's records: their items feed the rsi-items report (the client's inward PO and GRN). */
@ActivityInterface(namePrefix = "Rsi")
public interface RsiActivities {

    ActivityOptions OPTIONS = Activities.DATABASE_OPTIONS;

    /** Calls to our records of RSI documents, each a step with its summary. */
    Activities<RsiActivities> RSI = Activities.of(RsiActivities.class, OPTIONS);

    /** Stores the document's items, each linked to its return when we know it (idempotent). */
    RsiRecorded recordDocument(String clientId, RsiDocument document);

    void markAccepted(String clientId, String documentId, Instant acceptedAt);
}
