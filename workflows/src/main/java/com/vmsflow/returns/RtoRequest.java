package com.vmsflow.returns;

import java.time.Duration;

/**
 * An RTO the warehouse received with no return expectation: the order it belongs to, and how long to wait for
 * Ajio's expectation before asking again.
 *
 * @param partnerClientId for a B2B2C order, the partner whose Ajio account generates the RTO; null for the client's
 *                        own orders (and in histories from before B2B2C)
 */
public record RtoRequest(String clientId, String orderId, Duration askAgainAfter, String partnerClientId) {

    public RtoRequest(String clientId, String orderId, Duration askAgainAfter) {
        this(clientId, orderId, askAgainAfter, null);
    }

    /** The client whose Ajio seller account the order is on. */
    public String marketplaceAccount() {
        return partnerClientId == null ? clientId : partnerClientId;
    }
}
