package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.List;

/**
 * The simulator's full view of an order, for tests ({@code GET /sandbox/ajio/{sellerId}/orders/{orderId}}): what
 * Ajio's API shows plus the documents and the manifest.
 */
public record OrderDetail(String orderId, String sellerId, Instant createdAt, OrderStatus status,
                          boolean acknowledged, Instant acknowledgedAt, List<OrderDetailLine> lines,
                          String invoiceId, String invoiceNumber, String irn, boolean b2cInvoiceFetched,
                          boolean labelFetched, String manifestId, Instant dispatchAfter, String replacementOf,
                          boolean originalReturnPickedUp) {

    public OrderDetail {
        lines = List.copyOf(lines);
    }

    public OrderDetailLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId + " on order " + orderId));
    }
}
