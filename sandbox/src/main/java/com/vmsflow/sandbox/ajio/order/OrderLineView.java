package com.vmsflow.sandbox.ajio.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A line of an Ajio order as the order calls answer it; {@code acknowledgedQuantity} is null until acknowledged. */
public record OrderLineView(String lineId, String channelSku, int quantity, int cancelledQuantity,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Integer acknowledgedQuantity,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {
}
