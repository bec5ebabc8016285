package com.vmsflow.bulk;

import com.vmsflow.idempotency.Resends;
import java.util.List;
import java.util.Objects;

/** What the seller asked for with {@code POST /bulk-orders}: one outward order of the internal channel. */
public record BulkOrderRequest(String bulkOrderId, FulfilmentType fulfilmentType, QcStatus qcStatus, String location,
                               ShipTo shipTo, List<BulkLine> lines) {

    public BulkOrderRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Whether {@code other} is this order sent again (API.md, "Idempotency"): the same by value, lines in any order. */
    public boolean sameAs(BulkOrderRequest other) {
        return other != null && Objects.equals(bulkOrderId, other.bulkOrderId)
                && fulfilmentType == other.fulfilmentType && qcStatus == other.qcStatus
                && Objects.equals(location, other.location) && Objects.equals(shipTo, other.shipTo)
                && Resends.sameInAnyOrder(lines, other.lines, BulkLine::equals);
    }
}
