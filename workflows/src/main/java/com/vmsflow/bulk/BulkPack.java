package com.vmsflow.bulk;

import java.util.List;

/** The warehouse's packed quantities of a bulk order: per SKU, how many are packed so far (not added to before). */
public record BulkPack(List<BulkLine> lines) {

    public BulkPack {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
