package com.vmsflow.rsi;

import static com.vmsflow.ajio.AjioActivities.AJIO_RSI;
import static com.vmsflow.flow.WorkflowClock.now;
import static com.vmsflow.rsi.RsiActivities.RSI;

import com.vmsflow.flow.Progress;
import java.time.Instant;

/**
 * Records the document's items, then accepts it at Ajio on the RSI task queue, whose worker stays under Ajio's
 * rate limit (a 429 that still comes is retried after Ajio's Retry-After).
 */
public class RsiDocumentWorkflowImpl implements RsiDocumentWorkflow {

    private final Progress<Void> progress = Progress.describedBy(this::details);
    private NewRsiDocument input;
    private RsiRecorded recorded;
    private Instant acceptedAt;

    @Override
    public RsiState run(NewRsiDocument input) {
        this.input = input;
        String documentId = input.document().documentId();
        recorded = RSI.step("Record the items of RSI document " + documentId)
                .recordDocument(input.clientId(), input.document());
        progress.moved(null);
        AJIO_RSI.step("Mark RSI document " + documentId + " ACCEPTED at Ajio")
                .acceptRsiDocument(input.clientId(), documentId, "rsi-accept-" + documentId);
        acceptedAt = now();
        RSI.step("Mark RSI document " + documentId + " accepted").markAccepted(input.clientId(), documentId,
                acceptedAt);
        progress.moved(null);
        return state();
    }

    private String details() {
        return acceptedAt == null
                ? "**" + recorded.items() + "** items, " + recorded.notYetReceived() + " not received yet; accepting"
                        + " at Ajio"
                : "**ACCEPTED** at Ajio · " + recorded.items() + " items, " + recorded.notYetReceived()
                        + " not received yet";
    }

    @Override
    public RsiState state() {
        return new RsiState(input == null ? null : input.clientId(),
                input == null ? null : input.document().documentId(), recorded, acceptedAt != null, acceptedAt);
    }
}
