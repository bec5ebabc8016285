package com.vmsflow.order;

import java.time.Instant;

/**
 * A document made for the order; its content (PDFs, signed QR) is in the documents table.
 *
 * @param type B2B_INVOICE, B2C_INVOICE, SHIPPING_LABEL or MANIFEST
 * @param issuer who made it: RMS, ERP or AJIO
 */
public record DocumentRef(String type, String number, String irn, String issuer, Instant at) {
}
