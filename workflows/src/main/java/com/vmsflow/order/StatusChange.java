package com.vmsflow.order;

import java.time.Instant;

/** One step of an order's status history; {@code seq} counts from 1 and makes the read model's write idempotent. */
public record StatusChange(int seq, OrderStatus status, Instant at, String note) {
}
