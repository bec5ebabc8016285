package com.vmsflow.returns;

import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.flow.WaitingFor;
import java.time.Instant;

/** A return's row in the read model (lists, the RTO look-up, RSI links, reports). */
public record ReturnRecord(String clientId, String returnId, String orderId, ReturnType type,
                           ReturnModel returnModel, ReturnStatus status, WaitingFor waitingFor, String note,
                           Instant changedAt) {
}
