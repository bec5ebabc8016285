package com.vmsflow.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What we ask the RMS to register: the number is ours, allocated once per document so a retry asks again for it. */
public record EInvoiceRequest(
        String supplierGstin,
        String buyerGstin,
        DocumentType documentType,
        String documentNumber,
        LocalDate documentDate,
        List<EInvoiceLine> lines,
        BigDecimal totalValue) {

    public EInvoiceRequest {
        lines = List.copyOf(lines);
    }
}
