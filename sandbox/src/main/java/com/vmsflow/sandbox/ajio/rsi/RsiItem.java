package com.vmsflow.sandbox.ajio.rsi;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** An item of an RSI document: returned units of one channel SKU of one return, at the B2B price. */
public record RsiItem(String returnId, String orderId, String channelSku, int quantity,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
