package com.vmsflow.sandbox.erp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An ERP posting, pushed to {@code POST /erp/{clientId}/postings} or read from the gateway's postings feed.
 * {@code eventType} is read as text so that an unknown one is a 422 naming it.
 *
 * @param cursor the feed position of a pulled posting; absent when pushed
 */
public record Posting(String id, String messageId, String cursor, String eventType, String orderId,
                      String returnId, Instant createdAt, JsonNode payload) {
}
