package com.vmsflow.store;

import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.bulk.FulfilmentType;
import com.vmsflow.bulk.QcStatus;
import com.vmsflow.flow.WaitingFor;
import java.time.Instant;

/** A bulk order's row of the read model; {@code state} is the workflow's state as JSON, as it last wrote it. */
public record BulkOrderRow(String bulkOrderId, FulfilmentType fulfilmentType, QcStatus qcStatus, String location,
                           BulkOrderStatus status, WaitingFor waitingFor, String waitingForWhat, Instant waitingSince,
                           Instant createdAt, Instant updatedAt, String state) {
}
