package com.vmsflow.einvoice;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of an e-invoice or credit note; {@code lineId} is the Ajio order line it invoices. */
public record EInvoiceLine(String lineId, String sku, String hsnCode, int quantity, BigDecimal taxableValue,
                           BigDecimal gstRate) {

    /**
     * The same line by value: amounts compared as numbers, so {@code 1118.6} is {@code 1118.60} and {@code 5.0} is
     * {@code 5} (the record's {@code equals} would tell them apart by their scale).
     */
    public boolean sameAs(EInvoiceLine other) {
        return other != null && Objects.equals(lineId, other.lineId) && Objects.equals(sku, other.sku)
                && Objects.equals(hsnCode, other.hsnCode) && quantity == other.quantity
                && sameAmount(taxableValue, other.taxableValue) && sameAmount(gstRate, other.gstRate);
    }

    /** Two amounts equal as numbers, whatever their scale; two missing amounts are the same. */
    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
