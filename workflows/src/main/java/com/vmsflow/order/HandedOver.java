package com.vmsflow.order;

import java.time.Instant;

/** Sent by the handover workflow once the order is on an Ajio manifest. */
public record HandedOver(String handoverId, String manifestId, String courier, Instant at) {
}
