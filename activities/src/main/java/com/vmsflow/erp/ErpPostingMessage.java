package com.vmsflow.erp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A posting as the ERP receives it, in PUSH mode and on the PULL feed alike. The ERP drops a {@code messageId} it
 * has seen, so a posting may be delivered more than once.
 *
 * @param eventType {@code OUTWARD_ORDER_CREATE}, {@code OUTWARD_ORDER_CANCEL}, {@code OUTWARD_ORDER_COMPLETE} or
 *                  {@code RETURN_ORDER_CREATE}
 * @param orderId   set for the outward postings, null otherwise
 * @param returnId  set for the return postings, null otherwise
 */
public record ErpPostingMessage(long id, String messageId, String eventType, String orderId, String returnId,
                                Instant createdAt, JsonNode payload) {
}
