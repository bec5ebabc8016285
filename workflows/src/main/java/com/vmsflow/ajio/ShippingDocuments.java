package com.vmsflow.ajio;

/**
 * The B2C invoice and the shipping label Ajio makes once the B2B invoice is uploaded. Their PDFs are stored in
 * the documents table by the activity; the workflow keeps only these references.
 */
public record ShippingDocuments(String b2cInvoiceNumber, String awbNumber, String courier) {
}
