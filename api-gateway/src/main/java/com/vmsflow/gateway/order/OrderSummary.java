package com.vmsflow.gateway.order;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.HoldReason;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.store.OrderRow;
import java.time.Instant;
import java.util.List;

/** One order in a list, from the read model; an ONHOLD one says why and until when. */
public record OrderSummary(
        String orderId,
        OrderStatus status,
        EInvoicingModel model,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        Instant ajioCreatedAt,
        List<String> missingChannelSkus,
        boolean overdue,
        String flag,
        HoldReason onHoldReason,
        Instant onHoldUntil,
        Instant updatedAt) {

    static OrderSummary of(OrderRow row) {
        return new OrderSummary(row.orderId(), row.status(), row.eInvoicingModel(), row.waitingFor(),
                row.waitingForWhat(), row.waitingSince(), row.ajioCreatedAt(), row.missingChannelSkus(),
                row.overdue(), row.flag(), row.onHoldReason(), row.onHoldUntil(), row.updatedAt());
    }
}
