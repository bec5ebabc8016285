package com.vmsflow.store;

import java.util.List;

/** An inward PO (the internal channel): what is expected at a location per SKU, and what its GRNs received. */
public record InwardPo(String poNumber, String location, List<Line> lines, List<String> grns) {

    public enum Status {
        OPEN,
        PARTLY_RECEIVED,
        RECEIVED
    }

    public record Line(String sku, int expected, int received) {
    }

    public InwardPo {
        lines = List.copyOf(lines);
        grns = List.copyOf(grns);
    }

    public Status status() {
        if (lines.stream().allMatch(l -> l.received() >= l.expected())) {
            return Status.RECEIVED;
        }
        return lines.stream().anyMatch(l -> l.received() > 0) ? Status.PARTLY_RECEIVED : Status.OPEN;
    }
}
