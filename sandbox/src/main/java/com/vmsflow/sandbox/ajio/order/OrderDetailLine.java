package com.vmsflow.sandbox.ajio.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line of the simulator's view of an order. */
public record OrderDetailLine(String lineId, String channelSku, int quantity, int cancelledQuantity,
                              Integer acknowledgedQuantity, int invoicedQuantity,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {
}
