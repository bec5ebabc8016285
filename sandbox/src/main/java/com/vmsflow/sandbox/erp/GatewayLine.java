package com.vmsflow.sandbox.erp;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line of an e-invoice or credit note the ERP sends to the gateway. */
public record GatewayLine(String sku, int quantity,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxableValue,
                          BigDecimal gstRate) {
}
