package com.vmsflow.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sums on a GST invoice or credit note, for the workflows (RMS documents) and the gateway (ERP documents) alike.
 * Histories and the documents table hold their results, so the arithmetic stays exactly as it was: rounded half up
 * to paise, each line's taxable value once and the document's value once, after an exact sum.
 */
public final class GstTotals {

    private static final int PAISE = 2;

    private GstTotals() {
    }

    /** A line's taxable value: its quantity at the unit price. */
    public static BigDecimal taxableValue(BigDecimal unitPrice, int quantity) {
        return inPaise(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }

    /** An amount rounded half up to the paisa, as every amount on a GST document is. */
    public static BigDecimal inPaise(BigDecimal amount) {
        return amount.setScale(PAISE, RoundingMode.HALF_UP);
    }

    /** The document's value: every line's taxable value plus its GST at the line's rate (a percentage). */
    public static BigDecimal invoiceValue(List<EInvoiceLine> lines) {
        return lines.stream()
                .map(l -> l.taxableValue().multiply(BigDecimal.ONE.add(l.gstRate().movePointLeft(2))))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(PAISE, RoundingMode.HALF_UP);
    }
}
