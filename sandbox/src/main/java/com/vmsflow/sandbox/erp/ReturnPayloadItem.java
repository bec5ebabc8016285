package com.vmsflow.sandbox.erp;

import java.math.BigDecimal;

/** An item of a {@code RETURN_ORDER_CREATE} posting. */
public record ReturnPayloadItem(String sku, String channelSku, String hsnCode, int quantity,
                                BigDecimal taxableValue, BigDecimal gstRate) implements PayloadLine {
}
