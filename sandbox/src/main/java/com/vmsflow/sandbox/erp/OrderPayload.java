package com.vmsflow.sandbox.erp;

import java.time.LocalDate;
import java.util.List;

/** The payload of an {@code OUTWARD_ORDER_CREATE} posting: the B2B order to invoice. */
public record OrderPayload(String orderId, String poNumber, LocalDate poDate, String buyerGstin,
                           List<OrderPayloadLine> lines) {
}
