package com.vmsflow.order;

import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.rsi.RsiActivities;
import com.vmsflow.rsi.RsiRecorded;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** RSI documents in memory: the returns the warehouse has received decide which items are received. */
class FakeRsi implements RsiActivities {

    final Set<String> receivedReturns = ConcurrentHashMap.newKeySet();
    final Set<String> knownReturns = ConcurrentHashMap.newKeySet();
    final List<String> accepted = new CopyOnWriteArrayList<>();

    @Override
    public RsiRecorded recordDocument(String clientId, RsiDocument document) {
        int linked = (int) document.items().stream().filter(i -> knownReturns.contains(i.returnId())).count();
        int unreceived = (int) document.items().stream().filter(i -> !receivedReturns.contains(i.returnId())).count();
        return new RsiRecorded(document.items().size(), linked, unreceived);
    }

    @Override
    public void markAccepted(String clientId, String documentId, Instant acceptedAt) {
        accepted.add(documentId);
    }
}
