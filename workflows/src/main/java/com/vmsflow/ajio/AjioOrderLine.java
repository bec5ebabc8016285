package com.vmsflow.ajio;

import java.math.BigDecimal;

/**
 * One line of an Ajio order.
 *
 * @param cancelledQuantity what customers, Ajio's business team or we cancelled at Ajio so far
 */
public record AjioOrderLine(String lineId, String channelSku, int quantity, int cancelledQuantity, BigDecimal price) {

    public int openQuantity() {
        return quantity - cancelledQuantity;
    }
}
