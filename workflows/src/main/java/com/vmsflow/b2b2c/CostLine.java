package com.vmsflow.b2b2c;

import java.math.BigDecimal;

/**
 * A line of a B2B2C posting to the brand's ERP, at the brand's cost price to its partner; {@code taxableValue} is for
 * the whole quantity. Part of the ERP's integration contract (README): stable field names.
 */
public record CostLine(String lineId, String sku, String channelSku, String hsnCode, int quantity,
                       BigDecimal unitCostPrice, BigDecimal taxableValue, BigDecimal gstRate) {
}
