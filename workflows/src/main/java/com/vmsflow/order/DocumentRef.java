package com.vmsflow.order;

import com.vmsflow.document.DocumentKind;
import java.time.Instant;

/**
 * A document made for the order; its content (PDFs, signed QR) is in the documents table.
 *
 * @param issuer who made it: RMS, ERP or AJIO
 */
public record DocumentRef(DocumentKind type, String number, String irn, String issuer, Instant at) {
}
