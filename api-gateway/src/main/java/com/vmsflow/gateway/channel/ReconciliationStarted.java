package com.vmsflow.gateway.channel;

/**
 * The answer of a reconciliation asked for: its id, as report {@code inventory-differences} names it; null when it
 * took longer to start than the gateway waits (the channel's {@code lastReconciliationId} names it once it ran).
 */
public record ReconciliationStarted(String reconciliationId) {
}
