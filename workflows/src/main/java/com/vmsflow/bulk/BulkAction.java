package com.vmsflow.bulk;

/** An allocate, complete or dispatch of a bulk order: who asked (the API key's label), kept in its history. */
public record BulkAction(String requestedBy) {
}
