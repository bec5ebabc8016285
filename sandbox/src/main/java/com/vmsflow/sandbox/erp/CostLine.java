package com.vmsflow.sandbox.erp;

import java.math.BigDecimal;

/** A line of a {@code B2B2C_PACK_CONFIRMATION} at the brand's cost price; {@code taxableValue} is for the quantity. */
public record CostLine(String lineId, String sku, String channelSku, String hsnCode, int quantity,
                       BigDecimal unitCostPrice, BigDecimal taxableValue, BigDecimal gstRate) implements PayloadLine {
}
