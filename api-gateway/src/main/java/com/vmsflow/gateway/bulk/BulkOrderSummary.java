package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.bulk.FulfilmentType;
import com.vmsflow.bulk.QcStatus;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.store.BulkOrderRow;
import java.time.Instant;

/** A bulk order in a list: the read model's row. */
public record BulkOrderSummary(String bulkOrderId, BulkOrderStatus status, FulfilmentType fulfilmentType,
                               QcStatus qcStatus, String location, WaitingFor waitingFor, String waitingForWhat,
                               Instant waitingSince, Instant createdAt, Instant updatedAt) {

    static BulkOrderSummary of(BulkOrderRow row) {
        return new BulkOrderSummary(row.bulkOrderId(), row.status(), row.fulfilmentType(), row.qcStatus(),
                row.location(), row.waitingFor(), row.waitingForWhat(), row.waitingSince(), row.createdAt(),
                row.updatedAt());
    }
}
