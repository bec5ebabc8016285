package com.vmsflow.order;

import com.vmsflow.order.cancellation.CancellationKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with the lines of a seller's cancellation: a partial one names open quantities of its SKUs. */
public final class CancellationCheck {

    private CancellationCheck() {
    }

    public static Map<String, String> problems(OrderState order, CancellationRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.kind() == null) {
            problems.put("kind", "FULL or PARTIAL");
            return problems;
        }
        if (request.kind() == CancellationKind.FULL) {
            if (!request.lines().isEmpty()) {
                problems.put("lines", "a FULL cancellation names no lines");
            }
            return problems;
        }
        if (request.lines().isEmpty()) {
            problems.put("lines", "a PARTIAL cancellation names at least one line");
        }
        LineSkus.check(order, request.lines(), SkuQuantity::sku, problems, (field, line) -> {
            if (line.quantity() < 1 || line.quantity() > order.openOf(line.sku())) {
                problems.put(field + ".quantity", "must be between 1 and the " + order.openOf(line.sku())
                        + " open of SKU " + line.sku());
            }
        });
        return problems;
    }
}
