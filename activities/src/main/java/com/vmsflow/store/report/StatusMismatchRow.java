package com.vmsflow.store.report;

import java.time.Instant;

/**
 * A row of the status-mismatches report: an open order Ajio showed cancelled without a feed event.
 *
 * @param ourStatus the order's status when the mismatch was found
 * @param ajioView what Ajio showed of it
 * @param eventId the cancellation event handed to the order's workflow (applied once)
 * @param statusNow the order's status now, from the read model; null for an order it does not have
 * @param flaggedForSupport whether the order waits for support (the SOP rules refused the cancellation)
 */
public record StatusMismatchRow(String orderId, String ourStatus, String ajioView, Instant foundAt, String eventId,
                                String statusNow, boolean flaggedForSupport) {
}
