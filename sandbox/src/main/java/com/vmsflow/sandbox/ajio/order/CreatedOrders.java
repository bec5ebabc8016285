package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** The ids of orders made in bulk, in creation order. */
public record CreatedOrders(List<String> orderIds) {
}
