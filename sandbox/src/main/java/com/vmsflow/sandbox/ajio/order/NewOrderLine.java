package com.vmsflow.sandbox.ajio.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line of an order made through the control endpoints; {@code price} is the customer's price per unit. */
public record NewOrderLine(String channelSku, int quantity,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {
}
