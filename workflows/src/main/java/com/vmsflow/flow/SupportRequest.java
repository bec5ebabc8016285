package com.vmsflow.flow;

/** A support action on an order: what, who asked (the API key's label) and why, kept in the order's history. */
public record SupportRequest(SupportAction action, String requestedBy, String reason) {
}
