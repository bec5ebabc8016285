package com.vmsflow.erp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A posting to the client's ERP. {@code messageId} is made once in the workflow, so every retry of the delivery
 * carries the same id and the ERP drops the duplicates.
 */
public record ErpPosting(String messageId, PostingEventType eventType, String orderId, String returnId,
                         Instant createdAt, JsonNode payload) {
}
