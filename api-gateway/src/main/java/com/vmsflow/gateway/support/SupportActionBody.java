package com.vmsflow.gateway.support;

import com.vmsflow.flow.SupportAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /orders/{orderId}/support-actions}: RETRY, SKIP or RELEASE_HOLD, and why (kept in the audit trail). */
public record SupportActionBody(@NotNull SupportAction action, @NotBlank @Size(max = 500) String reason) {
}
