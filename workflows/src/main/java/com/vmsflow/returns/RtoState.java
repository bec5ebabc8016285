package com.vmsflow.returns;

import java.time.Instant;

/**
 * Where an RTO without expectation stands: how often Ajio was asked, and the return it became.
 *
 * @param returnId the return expectation Ajio made for it, once there is one
 */
public record RtoState(String clientId, String orderId, ReturnReceipt receipt, int timesAsked, Instant lastAsked,
                       String returnId, boolean delivered) {
}
