package com.vmsflow.ajio;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The customer's invoice that Ajio makes once the B2B invoice is uploaded. */
public record B2cInvoice(String invoiceNumber, LocalDate invoiceDate, BigDecimal amount, String pdfBase64) {
}
