package com.vmsflow.store.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the b2b2c-invoices report: the brand's GST e-invoice to its partner for one of the partner's marketplace
 * orders, at cost price (B2B2C, seed 002), with what finance needs to settle it with the partner.
 *
 * @param createdAt when VMS Flow stored the invoice
 * @param orderId the marketplace order id, which is the brand's order id too
 * @param partnerClientId the partner the invoice is to, from the read model; null for an order it does not have
 * @param issuer ERP (the brand's ERP sent it) or RMS (the RMS made it)
 * @param orderStatus the order's status now, from the read model; null for an order it does not have
 */
public record B2b2cInvoiceRow(Instant createdAt, String orderId, String partnerClientId, String invoiceNumber,
                              LocalDate invoiceDate, String irn, String issuer, BigDecimal totalValue,
                              String orderStatus) {
}
