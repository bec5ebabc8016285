package com.vmsflow.sandbox.ajio.order;

/** The shipping label of an invoiced order. */
public record ShippingLabel(String awbNumber, String courier, String labelPdfBase64) {
}
