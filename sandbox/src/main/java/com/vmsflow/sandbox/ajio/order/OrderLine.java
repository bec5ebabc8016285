package com.vmsflow.sandbox.ajio.order;

import java.math.BigDecimal;

/** A line of an order and what happened to its quantity; guarded by its order's monitor. */
final class OrderLine {

    final String lineId;
    final String channelSku;
    final int quantity;
    final BigDecimal price;
    int cancelled;
    Integer acknowledged;
    int invoiced;

    OrderLine(String lineId, String channelSku, int quantity, BigDecimal price) {
        this.lineId = lineId;
        this.channelSku = channelSku;
        this.quantity = quantity;
        this.price = price;
    }

    int open() {
        return quantity - cancelled;
    }

    /** What may still be cancelled: Ajio never cancels invoiced quantities. */
    int cancellable() {
        return open() - invoiced;
    }

    OrderLineView view() {
        return new OrderLineView(lineId, channelSku, quantity, cancelled, acknowledged, price);
    }

    OrderDetailLine detail() {
        return new OrderDetailLine(lineId, channelSku, quantity, cancelled, acknowledged, invoiced, price);
    }
}
