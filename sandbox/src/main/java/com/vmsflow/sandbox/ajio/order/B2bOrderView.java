package com.vmsflow.sandbox.ajio.order;

import java.time.LocalDate;
import java.util.List;

/** Ajio's B2B purchase order for an acknowledged order: the quantities the seller invoices to Ajio. */
public record B2bOrderView(String orderId, String poNumber, LocalDate poDate, String buyerGstin,
                           List<B2bLineView> lines) {

    public B2bOrderView {
        lines = List.copyOf(lines);
    }
}
