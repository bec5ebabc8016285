package com.vmsflow.ajio;

/** The QC result of a quantity of one returned channel SKU, as reported to Ajio. */
public record QcItem(String channelSku, int quantity, QcResult qc) {
}
