package com.vmsflow.handover;

import java.util.List;

/** A batch the warehouse hands to a courier: {@code POST /handovers}. */
public record HandoverRequest(String clientId, String handoverId, String courier, List<String> orderIds) {

    public HandoverRequest {
        orderIds = List.copyOf(orderIds);
    }
}
