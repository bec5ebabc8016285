package com.vmsflow.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered GST e-invoice or credit note, made by the RMS or by the client's ERP. The PDF, when there is one,
 * stays in the documents table; this record is what Ajio's upload needs.
 */
public record EInvoice(
        DocumentType documentType,
        String documentNumber,
        LocalDate documentDate,
        String irn,
        String signedQrCode,
        BigDecimal totalValue,
        List<EInvoiceLine> lines,
        String issuer) {

    public EInvoice {
        lines = List.copyOf(lines);
    }
}
