package com.vmsflow.order;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a pack result, field by field: every open unit of every SKU must be accounted for exactly
 * once as packed, not found or damaged.
 */
public final class PackCheck {

    private PackCheck() {
    }

    public static Map<String, String> problems(OrderState order, PackResult result) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (result.lines().isEmpty()) {
            problems.put("lines", "a pack result needs at least one line");
            return problems;
        }
        LineSkus skus = LineSkus.check(order, result.lines(), PackLine::sku, problems, (field, line) -> {
            if (line.packed() < 0 || line.notFound() < 0 || line.damaged() < 0) {
                problems.put(field, "quantities may not be negative");
            } else if (line.total() != order.openOf(line.sku())) {
                problems.put(field, "accounts for " + line.total() + " units but the order has "
                        + order.openOf(line.sku()) + " open of SKU " + line.sku());
            }
        });
        order.openBySku().forEach((sku, open) -> {
            if (open > 0 && !skus.named(sku) && problems.isEmpty()) {
                problems.put("lines", "SKU " + sku + " (" + open + " open) is missing from the pack result");
            }
        });
        return problems;
    }
}
