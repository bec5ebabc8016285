package com.vmsflow.sandbox.ajio.returns;

/** The quality check of some units of a returned channel SKU. */
public record QcItem(String channelSku, int quantity, QcResult qc) {
}
