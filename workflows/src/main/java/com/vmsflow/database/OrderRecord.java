package com.vmsflow.database;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import java.time.Instant;
import java.util.List;

/**
 * A forward order's row in the read model that lists and reports read (PostgreSQL; search attributes are only
 * eventually consistent). {@code change} is the status change to add to the history, or null when only the
 * waiting state moved. {@code parentOrderId} (the marketplace's parent order) and {@code poNumber} (the B2B order's)
 * are what {@code GET /orders?search=} finds besides the order id; null until known, and a known one is kept.
 */
public record OrderRecord(
        String clientId,
        String orderId,
        EInvoicingModel eInvoicingModel,
        OrderStatus status,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        Instant ajioCreatedAt,
        List<String> missingChannelSkus,
        boolean overdue,
        String flag,
        StatusChange change,
        String parentOrderId,
        String poNumber) {

    /** A record without the search keys: the row keeps those it has. */
    public OrderRecord(String clientId, String orderId, EInvoicingModel eInvoicingModel, OrderStatus status,
                       WaitingFor waitingFor, String waitingForWhat, Instant waitingSince, Instant ajioCreatedAt,
                       List<String> missingChannelSkus, boolean overdue, String flag, StatusChange change) {
        this(clientId, orderId, eInvoicingModel, status, waitingFor, waitingForWhat, waitingSince, ajioCreatedAt,
                missingChannelSkus, overdue, flag, change, null, null);
    }

    public static OrderRecord of(OrderState s, StatusChange change) {
        return new OrderRecord(s.clientId(), s.orderId(), s.eInvoicingModel(), s.status(), s.waitingFor(),
                s.waitingForWhat(), s.waitingSince(), s.ajioCreatedAt(), s.missingChannelSkus(), s.overdue(),
                s.flag(), change, s.parentOrderId(), s.b2bOrder() == null ? null : s.b2bOrder().poNumber());
    }
}
