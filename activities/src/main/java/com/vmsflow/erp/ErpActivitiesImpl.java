package com.vmsflow.erp;

import com.vmsflow.client.PostingMode;
import com.vmsflow.store.CancelledAfterPostingRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.PostingRepository;
import com.vmsflow.store.PostingRepository.Posting;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;

/**
 * ERP postings through the outbox: written once per messageId; in PUSH mode delivered to the ERP's URL until it
 * takes the posting (every retry carries the same messageId, which the ERP uses to drop duplicates); in PULL mode
 * left for the ERP to read from the gateway.
 */
public class ErpActivitiesImpl implements ErpActivities {

    private final ErpClient erp;
    private final PostingRepository postings;
    private final CancelledAfterPostingRepository cancelledReport;
    private final ClientRepository clients;
    private final Map<String, String> erpUrlByClient;

    public ErpActivitiesImpl(ErpClient erp, PostingRepository postings,
                             CancelledAfterPostingRepository cancelledReport, ClientRepository clients,
                             Map<String, String> erpUrlByClient) {
        this.erp = erp;
        this.postings = postings;
        this.cancelledReport = cancelledReport;
        this.clients = clients;
        this.erpUrlByClient = Map.copyOf(erpUrlByClient);
    }

    @Override
    public void post(String clientId, ErpPosting posting) {
        Posting stored = postings.add(clientId, posting);
        PostingMode mode = clients.find(clientId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "no client " + clientId, REFUSED)).profile().postingMode();
        if (mode == PostingMode.PULL || stored.deliveredAt() != null) {
            return;
        }
        String url = erpUrlByClient.get(clientId);
        if (url == null) {
            throw ApplicationFailure.newNonRetryableFailure("client " + clientId
                    + " posts in PUSH mode but has no erpUrl configured", REFUSED);
        }
        try {
            erp.deliver(url, new ErpPostingMessage(stored.cursor(), stored.messageId(), stored.eventType().name(),
                    stored.orderId(), stored.returnId(), stored.createdAt(), posting.payload()));
        } catch (RuntimeException failed) {
            postings.recordFailedAttempt(stored.messageId(), String.valueOf(failed.getMessage()));
            throw failed;
        }
        postings.markDelivered(stored.messageId());
    }

    @Override
    public void reportCancelledAfterPosting(CancelledAfterPosting row) {
        cancelledReport.add(row);
    }
}
