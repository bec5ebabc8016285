package com.vmsflow.bulk;

import java.util.Map;
import java.util.stream.Collectors;

/** A bulk order's current details in Temporal Web (markdown, short: the state query has everything). */
final class BulkOrderDetails {

    private BulkOrderDetails() {
    }

    static String markdown(BulkOrderState s) {
        StringBuilder md = new StringBuilder("**").append(s.status()).append("** · ")
                .append(s.order().fulfilmentType()).append(", QC ").append(s.order().qcStatus()).append(" from ")
                .append(s.order().qcStatus().pool()).append(" at ").append(s.order().location());
        if (s.waitingForWhat() != null) {
            md.append("\n\nWaiting for ").append(s.waitingFor()).append(": ").append(s.waitingForWhat());
        }
        md.append("\n\n| SKU | wanted | allocated | packed | dispatched |\n|---|---|---|---|---|");
        s.lines().forEach(l -> md.append("\n| ").append(l.sku()).append(" | ").append(l.wanted()).append(" | ")
                .append(l.reserved()).append(" | ").append(l.packed()).append(" | ").append(l.dispatched())
                .append(" |"));
        return md.toString();
    }

    /** One SKU's shortage in words: "SKU-A wanted 5, 2 in GOOD, elsewhere QC_FAIL 3". */
    static String shortage(Shortage s) {
        Map<String, Integer> elsewhere = new java.util.TreeMap<>();
        s.availableElsewhere().forEach((pool, n) -> {
            if (n > 0) {
                elsewhere.put(pool.name(), n);
            }
        });
        return s.sku() + " wanted " + s.wanted() + ", " + s.availableInPool() + " in the pool"
                + (elsewhere.isEmpty() ? ", none in other pools" : ", elsewhere " + elsewhere.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
}
