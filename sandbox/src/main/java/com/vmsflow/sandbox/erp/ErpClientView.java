package com.vmsflow.sandbox.erp;

import com.vmsflow.client.PostingMode;
import java.util.List;

/** What one client's ERP is doing ({@code GET /sandbox/erp/{clientId}}). */
public record ErpClientView(String clientId, PostingMode mode, long invoiceDelayMs, boolean silent,
                            long postingsReceived, List<ErpDocumentView> documents) {

    public ErpClientView {
        documents = List.copyOf(documents);
    }
}
