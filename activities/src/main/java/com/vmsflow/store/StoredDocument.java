package com.vmsflow.store;

import com.vmsflow.document.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A document made for an order, a return or a handover.
 *
 * @param reference the order id, return id, or handover id (for a manifest)
 * @param issuer RMS, ERP or AJIO
 * @param contentJson the document's details as JSON text; {@code "{}"} when there are none
 */
public record StoredDocument(
        String clientId,
        String reference,
        DocumentKind kind,
        String number,
        LocalDate date,
        String issuer,
        String irn,
        BigDecimal totalValue,
        String contentJson) {
}
