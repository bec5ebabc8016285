package com.vmsflow.rsi;

import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.store.RsiRepository;
import java.time.Instant;

/** RSI documents kept in PostgreSQL for the rsi-items report. */
public record RsiActivitiesImpl(RsiRepository documents) implements RsiActivities {

    @Override
    public RsiRecorded recordDocument(String clientId, RsiDocument document) {
        return documents.record(clientId, document);
    }

    @Override
    public void markAccepted(String clientId, String documentId, Instant acceptedAt) {
        documents.markAccepted(clientId, documentId, acceptedAt);
    }
}
