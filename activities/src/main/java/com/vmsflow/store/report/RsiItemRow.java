package com.vmsflow.store.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of the rsi-items report: one item of an Ajio RSI document, from which the client makes its inward PO and GRN.
 *
 * @param acceptedAt when Ajio took our acceptance; null while it is still to be accepted
 * @param sku the client's SKU of the channel SKU, when it is mapped
 * @param amount for the whole quantity
 * @param returnStatus the return's status in our read model; null when we do not know the return (yet)
 * @param received whether the warehouse has received the return (its status is past EXPECTED)
 */
public record RsiItemRow(String documentId, Instant documentCreatedAt, Instant acceptedAt, String returnId,
                         String orderId, String channelSku, String sku, int quantity, BigDecimal amount,
                         String returnStatus, boolean received) {
}
