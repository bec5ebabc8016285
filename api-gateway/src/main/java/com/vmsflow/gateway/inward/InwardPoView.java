package com.vmsflow.gateway.inward;

import com.vmsflow.store.InwardPo;
import java.util.List;

/** An inward PO as the API shows it: per SKU expected and received, its status, its GRNs. */
public record InwardPoView(String poNumber, String location, InwardPo.Status status, List<Line> lines,
                           List<String> grnNumbers) {

    public record Line(String sku, int expected, int received) {
    }

    static InwardPoView of(InwardPo po) {
        return new InwardPoView(po.poNumber(), po.location(), po.status(), po.lines().stream()
                .map(l -> new Line(l.sku(), l.expected(), l.received())).toList(), po.grns());
    }
}
