package com.vmsflow.sandbox.ajio.order;

import java.util.List;

/** One page of the orders created in a date window. */
public record OrderPage(List<OrderView> orders, int page, int size, int totalPages, long totalElements) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
