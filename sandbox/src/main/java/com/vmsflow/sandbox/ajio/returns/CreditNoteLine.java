package com.vmsflow.sandbox.ajio.returns;

import java.math.BigDecimal;

/** A line of an uploaded credit note. */
public record CreditNoteLine(String channelSku, int quantity, BigDecimal taxableValue, BigDecimal gstRate) {
}
