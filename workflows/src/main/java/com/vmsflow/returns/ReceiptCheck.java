package com.vmsflow.returns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with the warehouse's receipt of a return, field by field: at least one item, each of a SKU the
 * return expects with a quantity of at least 1 and a QC result, and no SKU received above what is expected.
 */
public final class ReceiptCheck {

    private ReceiptCheck() {
    }

    public static Map<String, String> problems(ReturnState expected, ReturnReceipt receipt) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (receipt.items().isEmpty()) {
            problems.put("items", "a receipt names at least one item");
        }
        Map<String, Integer> bySku = new LinkedHashMap<>();
        for (int i = 0; i < receipt.items().size(); i++) {
            ReceivedItem item = receipt.items().get(i);
            if (expected.line(item.sku()) == null) {
                problems.put("items[" + i + "].sku", "SKU " + item.sku() + " is not expected on this return");
            } else if (item.quantity() < 1 || item.qc() == null) {
                problems.put("items[" + i + "]", "a quantity of at least 1 and a qc of PASS, FAIL or MISSING");
            } else {
                bySku.merge(item.sku(), item.quantity(), Integer::sum);
            }
        }
        bySku.forEach((sku, quantity) -> {
            if (quantity > expected.line(sku).expected()) {
                problems.put("items", quantity + " of SKU " + sku + " received but " + expected.line(sku).expected()
                        + " expected");
            }
        });
        return problems;
    }
}
