package com.vmsflow.sandbox.erp;

import java.math.BigDecimal;

/** A line of an {@code OUTWARD_ORDER_CREATE} posting; {@code taxableValue} is for the whole quantity. */
public record OrderPayloadLine(String lineId, String sku, String channelSku, String hsnCode, int quantity,
                               BigDecimal unitPrice, BigDecimal taxableValue, BigDecimal gstRate)
        implements PayloadLine {
}
