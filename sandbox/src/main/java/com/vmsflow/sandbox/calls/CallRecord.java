package com.vmsflow.sandbox.calls;

import com.vmsflow.sandbox.api.OutsideSystem;
import java.time.Instant;

/**
 * One call a simulated system received (or, for the ERP's callbacks, made).
 *
 * @param businessKey what the call is about (order, return, document...); null for listings, and for a call
 *                    refused by a fault before its body was read when the key comes from the body
 * @param status      the HTTP status answered; 0 when an outgoing call got no answer
 */
public record CallRecord(OutsideSystem system, String operation, String businessKey, String idempotencyKey,
                         int status, Outcome outcome, Instant at) {
}
