package com.vmsflow.bulk;

import com.vmsflow.flow.UpdateErrors;
import io.temporal.failure.ApplicationFailure;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a bulk order takes in its state, the one place of these rules: the update validators refuse with them before
 * anything reaches history, and the workflow asks them again when it takes the request (another may have come first).
 * Each answers the refusal, or null when the order takes the request now.
 */
public final class BulkOrderCheck {

    private BulkOrderCheck() {
    }

    /** The seller's (or support's) allocate: only while something is still to allocate and the seller has not stopped. */
    public static ApplicationFailure allocate(BulkOrderState order) {
        if (order.completedBySeller()) {
            return UpdateErrors.notAwaiting("bulk order " + order.bulkOrderId() + " was completed by the seller:"
                    + " nothing more is allocated");
        }
        if (!order.status().allocates()) {
            return UpdateErrors.notAwaiting("bulk order " + order.bulkOrderId() + " is " + order.status()
                    + (order.status() == BulkOrderStatus.FULFILLABLE ? ": everything is allocated" : "")
                    + ": there is nothing to allocate");
        }
        return null;
    }

    /** The seller's complete: until it is dispatched; a repeat changes nothing. */
    public static ApplicationFailure complete(BulkOrderState order) {
        if (order.completedBySeller()) {
            return null;
        }
        if (order.status() == BulkOrderStatus.DISPATCHED || order.status() == BulkOrderStatus.COMPLETED) {
            return UpdateErrors.notAwaiting("bulk order " + order.bulkOrderId() + " is " + order.status()
                    + ": there is nothing left to complete");
        }
        return null;
    }

    /**
     * The warehouse's packed quantities (so far, per SKU): only of what is allocated, never above what the order holds
     * of a SKU, never below what was packed of it before.
     */
    public static ApplicationFailure pack(BulkOrderState order, BulkPack pack) {
        if (order.status() != BulkOrderStatus.FULFILLABLE && order.status() != BulkOrderStatus.PARTIALLY_FULFILLABLE) {
            return UpdateErrors.notAwaiting("bulk order " + order.bulkOrderId() + " is " + order.status()
                    + ": it takes packed quantities only while FULFILLABLE or PARTIALLY_FULFILLABLE");
        }
        Map<String, String> problems = packProblems(order, pack);
        return problems.isEmpty() ? null
                : UpdateErrors.validationFailed("the packed quantities do not match the bulk order", problems);
    }

    /** The warehouse's dispatch: once everything that will go is packed. */
    public static ApplicationFailure dispatch(BulkOrderState order) {
        if (order.status() != BulkOrderStatus.PACKED) {
            return UpdateErrors.notAwaiting("bulk order " + order.bulkOrderId() + " is " + order.status()
                    + ": it is dispatched once PACKED (every unit packed, or what is packed once the seller"
                    + " completed it)");
        }
        return null;
    }

    static Map<String, String> packProblems(BulkOrderState order, BulkPack pack) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (pack == null || pack.lines().isEmpty()) {
            problems.put("lines", "packed quantities need at least one line");
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pack.lines().size(); i++) {
            BulkLine line = pack.lines().get(i);
            String field = "lines[" + i + "]";
            BulkLineState held = line == null || line.sku() == null ? null : order.line(line.sku());
            if (held == null) {
                problems.put(field + ".sku", "SKU " + (line == null ? null : line.sku()) + " is not on this bulk order");
            } else if (!seen.add(line.sku())) {
                problems.put(field + ".sku", "SKU " + line.sku() + " appears twice");
            } else if (line.quantity() > held.reserved()) {
                problems.put(field + ".packed", line.quantity() + " packed of SKU " + line.sku() + " but only "
                        + held.reserved() + " allocated");
            } else if (line.quantity() < held.packed()) {
                problems.put(field + ".packed", line.quantity() + " packed of SKU " + line.sku() + " but "
                        + held.packed() + " were packed before: packed units are not unpacked");
            }
        }
        return problems;
    }
}
