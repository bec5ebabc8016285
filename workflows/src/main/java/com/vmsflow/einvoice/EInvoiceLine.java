package com.vmsflow.einvoice;

import java.math.BigDecimal;

/** One line of an e-invoice or credit note; {@code lineId} is the Ajio order line it invoices. */
public record EInvoiceLine(String lineId, String sku, String hsnCode, int quantity, BigDecimal taxableValue,
                           BigDecimal gstRate) {
}
