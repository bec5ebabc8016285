package com.vmsflow.erp;

import com.vmsflow.order.cancellation.CancellationSource;
import java.time.Instant;

/**
 * A row of the "cancelled after ERP posting" report, from which finance raises credit notes by hand.
 *
 * @param invoiceReceived whether the ERP had already pushed its e-invoice to us
 * @param invoiceNumber the ERP's invoice number when it had
 */
public record CancelledAfterPosting(String clientId, String orderId, CancellationSource source, boolean full,
                                    String reason, boolean invoiceReceived, String invoiceNumber, Instant cancelledAt) {
}
