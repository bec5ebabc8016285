package com.vmsflow.sandbox.erp;

import java.time.LocalDate;
import java.util.List;

/** The body of the gateway's {@code POST /v1/clients/{clientId}/returns/{returnId}/credit-note}. */
public record GatewayCreditNote(String creditNoteNumber, LocalDate creditNoteDate, String irn, String signedQrCode,
                                List<GatewayLine> lines) {
}
