package com.vmsflow.store;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.HoldReason;
import com.vmsflow.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * A forward order's row of the read model that lists and reports read; the hold's columns set while ONHOLD;
 * {@code partnerClientId} the B2B2C partner whose marketplace account the order is on, null for the client's own.
 */
public record OrderRow(
        String clientId,
        String orderId,
        EInvoicingModel eInvoicingModel,
        OrderStatus status,
        int statusSeq,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        Instant ajioCreatedAt,
        List<String> missingChannelSkus,
        boolean overdue,
        String flag,
        HoldReason onHoldReason,
        Instant onHoldUntil,
        String partnerClientId,
        Instant updatedAt) {

    public OrderRow {
        missingChannelSkus = List.copyOf(missingChannelSkus);
    }
}
