package com.vmsflow.sandbox.ajio.order;

import java.math.BigDecimal;

/** A line of an uploaded B2B invoice. */
public record InvoiceLine(String lineId, int quantity, BigDecimal taxableValue, BigDecimal gstRate) {
}
