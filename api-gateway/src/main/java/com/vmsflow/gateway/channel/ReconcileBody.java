package com.vmsflow.gateway.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /channels/{channelId}/inventory-sync/reconcile}: why (kept in the audit trail). */
public record ReconcileBody(@NotBlank @Size(max = 500) String reason) {
}
