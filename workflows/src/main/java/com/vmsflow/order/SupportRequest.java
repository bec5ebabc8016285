package com.vmsflow.order;

/** A support action on a workflow: who asked (the API key's label) and why, kept for the audit trail. */
public record SupportRequest(String requestedBy, String reason) {
}
