package com.vmsflow.sandbox.einvoice;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A registered document: its IRN, its signed QR code, its total with tax, and when the IRN was issued (IST). */
public record IssuedDocument(String irn, String signedQrCode, BigDecimal totalValue, LocalDateTime irnDate) {
}
