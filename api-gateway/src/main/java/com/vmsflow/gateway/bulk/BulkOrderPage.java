package com.vmsflow.gateway.bulk;

import java.util.List;

/** A page of bulk orders; {@code next} is the {@code after} of the next page, null on the last. */
public record BulkOrderPage(List<BulkOrderSummary> bulkOrders, String next) {
}
