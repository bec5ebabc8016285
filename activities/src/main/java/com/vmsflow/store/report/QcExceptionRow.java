package com.vmsflow.store.report;

import java.time.Instant;

/**
 * A row of the qc-exceptions report: returned units that failed QC or were missing, settled offline with Ajio.
 *
 * @param qc FAIL or MISSING
 */
public record QcExceptionRow(String returnId, String orderId, String sku, String channelSku, String qc, int quantity,
                             Instant reportedAt) {
}
