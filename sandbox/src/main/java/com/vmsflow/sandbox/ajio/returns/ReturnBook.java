package com.vmsflow.sandbox.ajio.returns;

import com.vmsflow.sandbox.ajio.Feed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One seller's return expectations, their feed, and the RTO requests still waiting for theirs. */
final class ReturnBook {

    final Map<String, ReturnRecord> byId = new ConcurrentHashMap<>();
    final Feed<ReturnExpectation> feed = new Feed<>();
    /** Pending RTO requests by order id. */
    final Map<String, RtoReceipt> pendingRto = new ConcurrentHashMap<>();

    void publish(ReturnExpectation expectation) {
        byId.put(expectation.returnId(), new ReturnRecord(expectation));
        feed.append(expectation);
    }
}
