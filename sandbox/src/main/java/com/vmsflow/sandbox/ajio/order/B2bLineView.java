package com.vmsflow.sandbox.ajio.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line of Ajio's B2B purchase order; {@code taxableValue} is for the whole quantity, {@code gstRate} percent. */
public record B2bLineView(String lineId, String channelSku, int quantity,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxableValue,
                          BigDecimal gstRate, String hsnCode) {
}
