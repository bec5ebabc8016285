package com.vmsflow.order;

import com.vmsflow.erp.CancelledAfterPosting;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The ERP's outbox in memory, and finance's report of orders cancelled after posting. */
public class FakeErp implements ErpActivities {

    final List<ErpPosting> postings = new CopyOnWriteArrayList<>();
    final List<CancelledAfterPosting> report = new CopyOnWriteArrayList<>();
    /** Event types the ERP refuses (a 4xx) the next time they are posted. */
    final java.util.Set<PostingEventType> refuseNext = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final List<ErpPosting> refused = new CopyOnWriteArrayList<>();

    @Override
    public void post(String clientId, ErpPosting posting) {
        if (refuseNext.remove(posting.eventType())) {
            refused.add(posting);
            throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure("the ERP refused "
                    + posting.eventType() + " (400 TEST)", REFUSED);
        }
        postings.add(posting);
    }

    @Override
    public void reportCancelledAfterPosting(CancelledAfterPosting row) {
        report.add(row);
    }

    List<PostingEventType> eventTypes(String orderId) {
        return postings.stream().filter(p -> orderId.equals(p.orderId())).map(ErpPosting::eventType).toList();
    }
}
