package com.vmsflow.sandbox.ajio.order;

import com.vmsflow.sandbox.api.ApiException;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code POST /sandbox/ajio/{sellerId}/orders/{orderId}/refuse-next}: Ajio refuses the next {@code times} calls of
 * {@code operation} for the order (absent: once).
 *
 * @param operation one of {@link #OPERATIONS}, as the calls record names it
 */
public record RefuseNext(String operation, Integer times) {

    /** Ajio's calls on one seller's order, by their names in the calls record. */
    public static final Set<String> OPERATIONS = Set.of("getOrder", "acknowledge", "getB2bOrder", "cancel",
            "uploadB2bInvoice", "getB2cInvoice", "getShippingLabel");
    public static final int MAX_TIMES = 100;

    /** The switch with its times given; 400 {@code UNKNOWN_OPERATION} or {@code INVALID_TIMES} otherwise. */
    public static RefuseNext validated(RefuseNext request) {
        String operation = request == null ? null : request.operation();
        if (operation == null || !OPERATIONS.contains(operation)) {
            throw ApiException.badRequest("UNKNOWN_OPERATION", (operation == null ? "operation is required"
                    : "Ajio has no order operation " + operation) + ": one of " + new TreeSet<>(OPERATIONS));
        }
        int times = request.times() == null ? 1 : request.times();
        if (times < 1 || times > MAX_TIMES) {
            throw ApiException.badRequest("INVALID_TIMES", "times must be between 1 and " + MAX_TIMES
                    + ", not " + times);
        }
        return new RefuseNext(operation, times);
    }
}
