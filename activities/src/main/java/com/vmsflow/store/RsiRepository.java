package com.vmsflow.store;

import com.vmsflow.ajio.RsiDocument;
import com.vmsflow.ajio.RsiItem;
import com.vmsflow.rsi.RsiRecorded;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * RSI documents and their items. An item links to its return by return id when we know the return; an item whose
 * return has not been received yet is kept all the same (Ajio's document is accepted as a whole).
 */
public record RsiRepository(Jdbi jdbi) {

    /** Stores the document and its items (a repeat is a no-op) and counts how they stand. */
    public RsiRecorded record(String clientId, RsiDocument document) {
        return jdbi.inTransaction(h -> {
            RsiDao dao = h.attach(RsiDao.class);
            dao.addDocument(clientId, document.documentId(), document.createdAt());
            for (int i = 0; i < document.items().size(); i++) {
                RsiItem item = document.items().get(i);
                dao.addItem(clientId, document.documentId(), i + 1, item.returnId(), item.orderId(),
                        item.channelSku(), item.quantity(), item.amount());
            }
            return new RsiRecorded(document.items().size(), dao.linkedItems(clientId, document.documentId()),
                    dao.unreceivedItems(clientId, document.documentId()));
        });
    }

    public void markAccepted(String clientId, String documentId, Instant at) {
        jdbi.useExtension(RsiDao.class, dao -> dao.markAccepted(clientId, documentId, at));
    }
}
