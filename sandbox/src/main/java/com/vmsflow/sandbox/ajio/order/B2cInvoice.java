package com.vmsflow.sandbox.ajio.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The invoice Ajio makes to its customer once the seller's B2B invoice is there. */
public record B2cInvoice(String invoiceNumber, LocalDate invoiceDate,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String pdfBase64) {
}
