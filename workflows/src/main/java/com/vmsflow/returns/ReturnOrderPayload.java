package com.vmsflow.returns;

import java.math.BigDecimal;
import java.util.List;

/** RETURN_ORDER_CREATE's payload: what came back in good order, for the ERP's return order and credit note. */
record ReturnOrderPayload(String returnId, String orderId, String type, List<Item> items) {

    record Item(String sku, String channelSku, String hsnCode, int quantity, BigDecimal taxableValue,
                BigDecimal gstRate) {
    }
}
