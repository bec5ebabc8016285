package com.vmsflow.sandbox.ajio.returns;

import java.time.Instant;
import java.util.List;

/** A return Ajio expects the seller to receive, as the returns feed shows it. */
public record ReturnExpectation(String returnId, String orderId, ReturnType type, List<ReturnItem> items,
                                Instant createdAt) {

    public ReturnExpectation {
        items = List.copyOf(items);
    }

    /** How many of a channel SKU the return holds. */
    public int quantityOf(String channelSku) {
        return items.stream().filter(i -> i.channelSku().equals(channelSku)).mapToInt(ReturnItem::quantity).sum();
    }
}
