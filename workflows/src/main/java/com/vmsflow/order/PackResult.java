package com.vmsflow.order;

import java.util.List;

/** What the warehouse reports at the packing station. */
public record PackResult(List<PackLine> lines) {

    public PackResult {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean anyMissing() {
        return lines.stream().anyMatch(l -> l.missing() > 0);
    }
}
