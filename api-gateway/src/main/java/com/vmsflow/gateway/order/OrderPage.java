package com.vmsflow.gateway.order;

import java.util.List;

/** A page of orders; {@code next} is the {@code after} of the next page, null on the last. */
public record OrderPage(List<OrderSummary> orders, String next) {
}
