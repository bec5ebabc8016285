package com.vmsflow.order;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The rule every line of a pack result, a seller's cancellation and a B2B invoice keeps: it names a SKU of the
 * order, and no other line of the same document names it too.
 */
final class LineSkus {

    private final OrderState order;
    private final Set<String> seen = new HashSet<>();

    private LineSkus(OrderState order) {
        this.order = order;
    }

    /**
     * Checks each line's SKU ({@code sku} reads it), what is wrong going into {@code problems} as
     * {@code lines[i].sku}; a line whose SKU keeps the rule goes on to {@code checkLine} with its field,
     * {@code lines[i]}. Answers the SKUs the lines named.
     */
    static <L> LineSkus check(OrderState order, List<L> lines, Function<L, String> sku,
                              Map<String, String> problems, BiConsumer<String, L> checkLine) {
        LineSkus skus = new LineSkus(order);
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            if (skus.check(field, sku.apply(lines.get(i)), problems)) {
                checkLine.accept(field, lines.get(i));
            }
        }
        return skus;
    }

    /** True when the line's SKU keeps the rule; else what is wrong goes into {@code problems} as {@code field.sku}. */
    private boolean check(String field, String sku, Map<String, String> problems) {
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
