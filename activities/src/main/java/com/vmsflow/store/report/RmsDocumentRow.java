package com.vmsflow.store.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the rms-documents report: an e-invoice or a credit note the RMS made.
 *
 * @param reference the order id of an invoice, the return id of a credit note
 * @param documentKind B2B_INVOICE or CREDIT_NOTE
 */
public record RmsDocumentRow(String reference, String documentKind, String documentNumber, LocalDate documentDate,
                             String irn, BigDecimal totalValue, Instant createdAt) {
}
