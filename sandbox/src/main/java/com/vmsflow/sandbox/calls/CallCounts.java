package com.vmsflow.sandbox.calls;

import java.util.Map;

/**
 * Counts over every call recorded since the last clear (also those the bounded call list has dropped).
 * Keys of the business-key maps are {@code "operation businessKey"}.
 */
public record CallCounts(Map<String, Long> byOperation, Map<String, Long> byBusinessKey,
                         Map<String, Long> appliedByBusinessKey) {

    public long operation(String operation) {
        return byOperation.getOrDefault(operation, 0L);
    }

    public long businessKey(String operation, String businessKey) {
        return byBusinessKey.getOrDefault(operation + " " + businessKey, 0L);
    }

    public long applied(String operation, String businessKey) {
        return appliedByBusinessKey.getOrDefault(operation + " " + businessKey, 0L);
    }
}
