package com.vmsflow.sandbox.einvoice;

import java.math.BigDecimal;

/** What the QR code needs of one line of a document: its HSN code, taxable value and GST rate (percent). */
public record DraftLine(String hsnCode, BigDecimal taxableValue, BigDecimal gstRate) {
}
