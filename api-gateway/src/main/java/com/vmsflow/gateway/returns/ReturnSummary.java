package com.vmsflow.gateway.returns;

import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.store.ReturnRow;
import java.time.Instant;

/**
 * One return in a list, from the read model.
 *
 * @param note what its last status change said
 */
public record ReturnSummary(
        String returnId,
        String orderId,
        ReturnType type,
        ReturnStatus status,
        ReturnModel model,
        WaitingFor waitingFor,
        String note,
        Instant createdAt,
        Instant updatedAt) {

    static ReturnSummary of(ReturnRow row) {
        return new ReturnSummary(row.returnId(), row.orderId(), row.returnType(), row.status(), row.returnModel(),
                row.waitingFor(), row.note(), row.createdAt(), row.updatedAt());
    }
}
