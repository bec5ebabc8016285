package com.vmsflow.ajio;

import java.math.BigDecimal;

/** One returned item settled by an RSI document; {@code amount} is for the whole quantity. */
public record RsiItem(String returnId, String orderId, String channelSku, int quantity, BigDecimal amount) {
}
