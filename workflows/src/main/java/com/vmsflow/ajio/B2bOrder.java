package com.vmsflow.ajio;

import java.time.LocalDate;
import java.util.List;

/** Ajio's B2B purchase order for an acknowledged B2C order: the final quantities to invoice. */
public record B2bOrder(String orderId, String poNumber, LocalDate poDate, String buyerGstin, List<B2bLine> lines) {

    public B2bOrder {
        lines = List.copyOf(lines);
    }
}
