package com.vmsflow.document;

import com.vmsflow.einvoice.DocumentType;

/**
 * The documents kept with an order, a return or a handover. Their names are what the documents table's
 * {@code doc_kind}, the order's documents in API.md and the histories' payloads hold: they never change.
 */
public enum DocumentKind {
    /** The GST e-invoice of a B2B order, made by the RMS or the client's ERP. */
    B2B_INVOICE,
    /** Ajio's invoice to the customer. */
    B2C_INVOICE,
    /** Ajio's label; its number is the AWB. */
    SHIPPING_LABEL,
    /** Ajio's manifest of a courier handover. */
    MANIFEST,
    /** The GST credit note of a return, made by the RMS or the client's ERP. */
    CREDIT_NOTE,
    /** The brand's GST e-invoice to its partner for a B2B2C order (seed 002), made by its ERP or the RMS. */
    B2B2C_INVOICE;

    /** The kind of a registered GST document: a credit note, else the order's invoice. */
    public static DocumentKind of(DocumentType type) {
        return type == DocumentType.CRN ? CREDIT_NOTE : B2B_INVOICE;
    }
}
