package com.vmsflow.sandbox.einvoice;

import com.vmsflow.einvoice.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A document to register with the GST system: an invoice, credit note or debit note.
 *
 * @param totalValue the total with tax as the supplier states it; null: computed from the lines
 */
public record DocumentDraft(String supplierGstin, String buyerGstin, DocumentType type, String docNo,
                            LocalDate docDate, List<DraftLine> lines, BigDecimal totalValue) {

    public DocumentDraft {
        lines = List.copyOf(lines);
    }
}
