package com.vmsflow.returns;

import com.vmsflow.ajio.QcResult;
import java.time.Instant;

/** A returned quantity that failed QC or is missing: settled offline with Ajio, so it goes to a report. */
public record QcException(String clientId, String returnId, String orderId, String sku, String channelSku,
                          int quantity, QcResult qc, Instant reportedAt) {
}
