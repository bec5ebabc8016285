package com.vmsflow.store;

import java.util.Map;

/** The answer to a handover: recorded now, recorded before with the same content, or refused and why. */
public sealed interface HandoverClaim
        permits HandoverClaim.Created, HandoverClaim.Same, HandoverClaim.IdConflict, HandoverClaim.OrdersTaken {

    record Created(HandoverRow handover) implements HandoverClaim {
    }

    /** The same handover id with the same courier and orders: a retry, answered as the first time. */
    record Same(HandoverRow handover) implements HandoverClaim {
    }

    /** The handover id is taken by a handover with another courier or other orders. */
    record IdConflict(HandoverRow existing) implements HandoverClaim {
    }

    /** Some orders are on other handovers already; nothing was recorded. */
    record OrdersTaken(Map<String, String> handoverIdByOrderId) implements HandoverClaim {

        public OrdersTaken {
            handoverIdByOrderId = Map.copyOf(handoverIdByOrderId);
        }
    }
}
