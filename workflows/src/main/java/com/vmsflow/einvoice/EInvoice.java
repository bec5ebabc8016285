package com.vmsflow.einvoice;

import com.vmsflow.idempotency.Resends;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /**
     * Whether {@code other} is this document sent again (API.md, "Idempotency"): the same by value, amounts compared
     * as numbers ({@code 1118.6} is {@code 1118.60}, {@code 5.0} is {@code 5}) and lines in any order, each line
     * matched once. The one rule by which a resent invoice or credit note is recognised; anything else that differs
     * makes it another document.
     */
    public boolean sameDocumentAs(EInvoice other) {
        return other != null && documentType == other.documentType
                && Objects.equals(documentNumber, other.documentNumber)
                && Objects.equals(documentDate, other.documentDate) && Objects.equals(irn, other.irn)
                && Objects.equals(signedQrCode, other.signedQrCode) && Objects.equals(issuer, other.issuer)
                && EInvoiceLine.sameAmount(totalValue, other.totalValue) && Resends.sameInAnyOrder(lines, other.lines, EInvoiceLine::sameAs);
    }
}
