package com.vmsflow.returns;

import com.vmsflow.ajio.QcResult;
import java.util.List;

/** The warehouse's receipt of a return: what came back, and its QC ({@code POST /returns/{r}/receipt}). */
public record ReturnReceipt(List<ReceivedItem> items) {

    public ReturnReceipt {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public int quantity(String sku, QcResult qc) {
        return items.stream().filter(i -> i.sku().equals(sku) && i.qc() == qc).mapToInt(ReceivedItem::quantity).sum();
    }
}
