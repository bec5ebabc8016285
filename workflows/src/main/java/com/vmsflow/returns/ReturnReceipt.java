package com.vmsflow.returns;

import com.vmsflow.ajio.QcResult;
import com.vmsflow.idempotency.Resends;
import java.util.List;

/** The warehouse's receipt of a return: what came back, and its QC ({@code POST /returns/{r}/receipt}). */
public record ReturnReceipt(List<ReceivedItem> items) {

    public ReturnReceipt {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Whether {@code other} is this receipt sent again (API.md, "Idempotency"): the same items by value, in any
     * order. The one rule by which a resent receipt (of a return or of an RTO) is recognised.
     */
    public boolean sameAs(ReturnReceipt other) {
        return other != null && Resends.sameInAnyOrder(items, other.items, ReceivedItem::equals);
    }

    public int quantity(String sku, QcResult qc) {
        return items.stream().filter(i -> i.sku().equals(sku) && i.qc() == qc).mapToInt(ReceivedItem::quantity).sum();
    }
}
