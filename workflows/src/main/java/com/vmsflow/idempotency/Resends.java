package com.vmsflow.idempotency;

import java.util.List;
import java.util.function.BiPredicate;

/** How a document sent again is recognised (API.md, "Idempotency"): by value, whatever order its lines come in. */
public final class Resends {

    private Resends() {
    }

    /**
     * Whether the two lists hold the same lines, each matched once, in any order: a document has one line per SKU,
     * and the order an ERP or a warehouse lists them in says nothing.
     */
    public static <T> boolean sameInAnyOrder(List<T> these, List<T> those, BiPredicate<T, T> same) {
        if (these.size() != those.size()) {
            return false;
        }
        boolean[] matched = new boolean[those.size()];
        for (T line : these) {
            int match = -1;
            for (int i = 0; i < those.size() && match < 0; i++) {
                if (!matched[i] && same.test(line, those.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                return false;
            }
            matched[match] = true;
        }
        return true;
    }
}
