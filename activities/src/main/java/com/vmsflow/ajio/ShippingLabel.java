package com.vmsflow.ajio;

/** Ajio's shipping label of an invoiced order. */
public record ShippingLabel(String awbNumber, String courier, String labelPdfBase64) {
}
