package com.vmsflow.sandbox.erp;

import java.util.List;

/** The payload of a {@code RETURN_ORDER_CREATE} posting: the returned items to credit. */
public record ReturnPayload(String returnId, String orderId, List<ReturnPayloadItem> items) {
}
