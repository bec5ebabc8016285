package com.vmsflow.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of one client that a workflow needs, captured when the workflow starts so that a later change of
 * settings never changes a running order's path (and never breaks replay).
 *
 * @param acknowledgementHold how long the acknowledgement is held, counted from Ajio's order time
 * @param erpInvoiceDeadline after this long without the ERP's B2B invoice the order is flagged overdue (Model 1)
 * @param invoicePrefix prefix of the document numbers we make (RMS invoices, credit notes), e.g. {@code DR}
 */
public record ClientProfile(
        String clientId,
        String supplierGstin,
        EInvoicingModel eInvoicingModel,
        ReturnModel returnModel,
        PostingMode postingMode,
        Duration acknowledgementHold,
        Duration erpInvoiceDeadline,
        String invoicePrefix) {

    public ClientProfile {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(eInvoicingModel, "eInvoicingModel");
        Objects.requireNonNull(returnModel, "returnModel");
        Objects.requireNonNull(postingMode, "postingMode");
        Objects.requireNonNull(acknowledgementHold, "acknowledgementHold");
        Objects.requireNonNull(erpInvoiceDeadline, "erpInvoiceDeadline");
    }
}
