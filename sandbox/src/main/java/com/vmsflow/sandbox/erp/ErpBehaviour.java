package com.vmsflow.sandbox.erp;

/**
 * A change of an ERP's behaviour ({@code PUT /sandbox/erp/{clientId}/behaviour}); absent fields stay as they are.
 *
 * @param silent true: the ERP receives postings but never answers with an invoice or credit note
 */
public record ErpBehaviour(Long invoiceDelayMs, Boolean silent) {
}
