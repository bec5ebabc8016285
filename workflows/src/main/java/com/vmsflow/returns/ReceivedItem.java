package com.vmsflow.returns;

import com.vmsflow.ajio.QcResult;

/** A quantity of a client SKU received back, with its quality check. */
public record ReceivedItem(String sku, int quantity, QcResult qc) {
}
