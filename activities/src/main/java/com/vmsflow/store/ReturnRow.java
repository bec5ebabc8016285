package com.vmsflow.store;

import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.returns.ReturnStatus;
import java.time.Instant;

/**
 * A return's row of the read model, as lists read it.
 *
 * @param note what the last status change said, e.g. the reason of a refusal
 */
public record ReturnRow(
        String clientId,
        String returnId,
        String orderId,
        ReturnType returnType,
        ReturnModel returnModel,
        ReturnStatus status,
        WaitingFor waitingFor,
        String note,
        Instant createdAt,
        Instant updatedAt) {
}
