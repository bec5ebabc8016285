package com.vmsflow.gateway.erp;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.store.PostingRepository.Posting;
import java.time.Instant;

/**
 * A posting as the feed serves it. {@code id} is the cursor too, for ERPs that key messages by id.
 *
 * @param payload the posting's JSON object as stored; PostgreSQL writes jsonb back as valid JSON, so it goes out as
 *                it is, not parsed and written again
 */
public record FeedPosting(
        long id,
        String messageId,
        long cursor,
        PostingEventType eventType,
        String orderId,
        String returnId,
        Instant createdAt,
        @JsonRawValue String payload) {

    static FeedPosting of(Posting p) {
        return new FeedPosting(p.cursor(), p.messageId(), p.cursor(), p.eventType(), p.orderId(), p.returnId(),
                p.createdAt(), p.payloadJson());
    }
}
