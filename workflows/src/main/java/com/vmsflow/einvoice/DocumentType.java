package com.vmsflow.einvoice;

/** GST e-invoice document types: invoice, credit note, debit note. */
public enum DocumentType {
    INV,
    CRN,
    DBN
}
