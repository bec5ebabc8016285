package com.vmsflow.order;

import com.vmsflow.order.cancellation.CancellationKind;
import java.util.List;

/**
 * A seller's or support's cancellation from {@code POST /orders/{id}/cancellations}.
 *
 * @param lines for PARTIAL: client SKUs and quantities
 * @param requestedBy the role of the caller (SELLER or SUPPORT), kept for the audit trail
 */
public record CancellationRequest(CancellationKind kind, List<SkuQuantity> lines, String reason, String requestedBy) {

    public CancellationRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
