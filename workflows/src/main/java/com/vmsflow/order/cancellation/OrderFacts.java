package com.vmsflow.order.cancellation;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.order.OrderStatus;

/** What the cancellation rules look at. */
public record OrderFacts(EInvoicingModel model, OrderStatus status, boolean acknowledged, boolean postedToErp) {
}
