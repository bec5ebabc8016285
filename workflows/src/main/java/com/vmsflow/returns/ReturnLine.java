package com.vmsflow.returns;

import java.math.BigDecimal;

/**
 * One expected line of a return, with what the forward order says of it: the client SKU, and the B2B unit price,
 * GST rate and HSN code its credit note is made with.
 */
public record ReturnLine(String lineId, String channelSku, String sku, int expected, BigDecimal unitPrice,
                         BigDecimal gstRate, String hsnCode, BigDecimal sellingPrice) {

    /** A line without the marketplace's selling price (what histories from before B2B2C hold). */
    public ReturnLine(String lineId, String channelSku, String sku, int expected, BigDecimal unitPrice,
                      BigDecimal gstRate, String hsnCode) {
        this(lineId, channelSku, sku, expected, unitPrice, gstRate, hsnCode, null);
    }
}
