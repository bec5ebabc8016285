package com.vmsflow.ajio;

import java.math.BigDecimal;

/** One line of Ajio's B2B purchase order; {@code taxableValue} is for the whole quantity. */
public record B2bLine(String lineId, String channelSku, int quantity, BigDecimal unitPrice, BigDecimal taxableValue,
                      BigDecimal gstRate, String hsnCode) {
}
