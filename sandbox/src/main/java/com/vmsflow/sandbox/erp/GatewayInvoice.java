package com.vmsflow.sandbox.erp;

import java.time.LocalDate;
import java.util.List;

/** The body of the gateway's {@code POST /v1/clients/{clientId}/orders/{orderId}/b2b-invoice}. */
public record GatewayInvoice(String invoiceNumber, LocalDate invoiceDate, String irn, String signedQrCode,
                             List<GatewayLine> lines) {
}
