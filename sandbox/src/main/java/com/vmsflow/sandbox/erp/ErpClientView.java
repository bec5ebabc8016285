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
 * @param postingsByOrder    the event types each order was posted with, in the order they came
 */
public record ErpClientView(String clientId, PostingMode mode, long invoiceDelayMs, boolean silent,
                            long postingsReceived, Map<EventType, Long> postingsByEventType,
                            Map<String, List<EventType>> postingsByOrder, List<ErpDocumentView> documents) {

    public ErpClientView {
        postingsByEventType = Collections.unmodifiableMap(new TreeMap<>(postingsByEventType));
        postingsByOrder = postingsByOrder.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        documents = List.copyOf(documents);
    }
}
