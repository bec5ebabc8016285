package com.vmsflow.gateway.returns;

import com.vmsflow.returns.RtoState;

/**
 * What {@code POST /rto-receipts} answers: where the RTO stands.
 *
 * @param returnId the return Ajio generated for the RTO, once it has arrived
 * @param timesAsked how often Ajio was asked to generate it so far
 */
public record RtoReceiptView(String orderId, Status status, String returnId, int timesAsked) {

    public enum Status {
        /** Taken: Ajio is asked for the RTO's return expectation, which gets the receipt once it arrives. */
        RECEIVED,
        /** The receipt went to the return {@code returnId}, which carries on as any return. */
        DELIVERED
    }

    static RtoReceiptView of(String orderId, RtoState state) {
        return new RtoReceiptView(orderId, state.delivered() ? Status.DELIVERED : Status.RECEIVED,
                state.returnId(), state.timesAsked());
    }
}
