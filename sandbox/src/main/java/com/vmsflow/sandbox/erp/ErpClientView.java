package com.vmsflow.sandbox.erp;

import com.vmsflow.client.PostingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one client's ERP is doing ({@code GET /sandbox/erp/{clientId}}).
 *
 * @param postingsReceived   the postings taken, each messageId once
 * @param postingsByEventType the same by event type, in the enum's order (only the types it has seen)
 */
public record ErpClientView(String clientId, PostingMode mode, long invoiceDelayMs, boolean silent,
                            long postingsReceived, Map<EventType, Long> postingsByEventType,
                            List<ErpDocumentView> documents) {

    public ErpClientView {
        postingsByEventType = Collections.unmodifiableMap(new TreeMap<>(postingsByEventType));
        documents = List.copyOf(documents);
    }
}
