package com.vmsflow.ajio;

import java.util.List;

/** One page of Ajio's order list, pages counted from 0. */
public record OrderPage(List<AjioOrder> orders, int page, int size, int totalPages, long totalElements) {

    public OrderPage {
        orders = List.copyOf(orders);
    }

    public boolean isLast() {
        return page + 1 >= totalPages;
    }
}
