package com.vmsflow.order;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rule every line of a pack result, a seller's cancellation and a B2B invoice keeps: it names a SKU of the
 * order, and no other line of the same document names it too.
 */
final class LineSkus {

    private final OrderState order;
    private final Set<String> seen = new HashSet<>();

    LineSkus(OrderState order) {
        this.order = order;
    }

    /** True when the line's SKU keeps the rule; else what is wrong goes into {@code problems} as {@code field.sku}. */
    boolean check(String field, String sku, Map<String, String> problems) {
        if (sku == null || order.linesOf(sku).isEmpty()) {
            problems.put(field + ".sku", "SKU " + sku + " is not on this order");
            return false;
        }
        if (!seen.add(sku)) {
            problems.put(field + ".sku", "SKU " + sku + " appears twice");
            return false;
        }
        return true;
    }

    /** Whether a line so far named the SKU. */
    boolean named(String sku) {
        return seen.contains(sku);
    }
}
