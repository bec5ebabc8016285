package com.vmsflow.order;

import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.order.cancellation.CancellationSource;
import java.time.Instant;
import java.util.List;

/**
 * A cancellation as the order saw it, whatever became of it: applied, ignored (a customer after the
 * acknowledgement), refused or flagged. Refused seller requests are not here: their update is rejected before it
 * reaches history.
 */
public record CancellationRecord(String eventId, CancellationSource source, CancellationKind kind,
                                 List<LineQuantity> lines, String reason, Instant at, Outcome outcome, String rule,
                                 boolean afterErpPosting) {

    public enum Outcome { APPLIED, IGNORED, REFUSED, FLAGGED }
}
