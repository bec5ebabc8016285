package com.vmsflow.rsi;

import com.vmsflow.ajio.AjioActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Instant;

/**
 * Records the document's items, then accepts it at Ajio on the RSI task queue, whose worker stays under Ajio's
 * rate limit (a 429 that still comes is retried after Ajio's Retry-After).
 */
public class RsiDocumentWorkflowImpl implements RsiDocumentWorkflow {

    private NewRsiDocument input;
    private RsiRecorded recorded;
    private Instant acceptedAt;

    @Override
    public RsiState run(NewRsiDocument input) {
        this.input = input;
        String documentId = input.document().documentId();
        recorded = Workflow.newActivityStub(RsiActivities.class, ActivityOptions.newBuilder(RsiActivities.OPTIONS)
                .setSummary("Record the items of RSI document " + documentId).build())
                .recordDocument(input.clientId(), input.document());
        Workflow.setCurrentDetails("**" + recorded.items() + "** items, " + recorded.notYetReceived()
                + " not received yet; accepting at Ajio");
        Workflow.newActivityStub(AjioActivities.class, ActivityOptions.newBuilder(AjioActivities.RSI_OPTIONS)
                .setSummary("Mark RSI document " + documentId + " ACCEPTED at Ajio").build())
                .acceptRsiDocument(input.clientId(), documentId, "rsi-accept-" + documentId);
        acceptedAt = Instant.ofEpochMilli(Workflow.currentTimeMillis());
        Workflow.newActivityStub(RsiActivities.class, ActivityOptions.newBuilder(RsiActivities.OPTIONS)
                .setSummary("Mark RSI document " + documentId + " accepted").build())
                .markAccepted(input.clientId(), documentId, acceptedAt);
        Workflow.setCurrentDetails("**ACCEPTED** at Ajio · " + recorded.items() + " items, "
                + recorded.notYetReceived() + " not received yet");
        return state();
    }

    @Override
    public RsiState state() {
        return new RsiState(input == null ? null : input.clientId(),
                input == null ? null : input.document().documentId(), recorded, acceptedAt != null, acceptedAt);
    }
}
