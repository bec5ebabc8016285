package com.vmsflow.store.report;

import com.vmsflow.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * A row of the failed-orders report: one time an order went FAILED for want of SKU mappings.
 *
 * @param missingChannelSkus the channel SKUs the order misses now (empty once its mappings came)
 * @param resolvedAt when the order next left FAILED; null while it is still FAILED
 */
public record FailedOrderRow(String orderId, Instant failedAt, List<String> missingChannelSkus,
                             OrderStatus currentStatus, Instant resolvedAt) {

    public FailedOrderRow {
        missingChannelSkus = List.copyOf(missingChannelSkus);
    }
}
