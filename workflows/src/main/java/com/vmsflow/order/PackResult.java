package com.vmsflow.order;

import com.vmsflow.idempotency.Resends;
import java.util.List;

/** What the warehouse reports at the packing station. */
public record PackResult(List<PackLine> lines) {

    public PackResult {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean anyMissing() {
        return lines.stream().anyMatch(l -> l.missing() > 0);
    }

    /**
     * Whether {@code other} is this pack result sent again (API.md, "Idempotency"): the same lines by value, in any
     * order (a pack result has one line per SKU; the order they are listed in says nothing). The one rule by which a
     * resent pack result is recognised.
     */
    public boolean sameAs(PackResult other) {
        return other != null && Resends.sameInAnyOrder(lines, other.lines, PackLine::equals);
    }
}
