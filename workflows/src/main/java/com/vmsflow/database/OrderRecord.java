package com.vmsflow.database;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.HoldReason;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import java.time.Instant;
import java.util.List;

/**
 * A forward order's row in the read model that lists and reports read (PostgreSQL; search attributes are only
 * eventually consistent). {@code change} is the status change to add to the history, or null when only the
 * waiting state moved. {@code onHoldReason} and {@code onHoldUntil} say why and until when an ONHOLD order is
 * held (null otherwise, and the time null for a replacement waiting for its pickup). {@code parentOrderId} (the
 * marketplace's parent order) and {@code poNumber} (the B2B order's) are what {@code GET /orders?search=} finds
 * besides the order id; null until known, and a known one is kept.
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
        HoldReason onHoldReason,
        Instant onHoldUntil,
        StatusChange change,
        String parentOrderId,
        String poNumber,
        String partnerClientId) {

    /** A record of an order of the client's own (not a partner's, B2B2C). */
    public OrderRecord(String clientId, String orderId, EInvoicingModel eInvoicingModel, OrderStatus status,
                       WaitingFor waitingFor, String waitingForWhat, Instant waitingSince, Instant ajioCreatedAt,
                       List<String> missingChannelSkus, boolean overdue, String flag, HoldReason onHoldReason,
                       Instant onHoldUntil, StatusChange change, String parentOrderId, String poNumber) {
        this(clientId, orderId, eInvoicingModel, status, waitingFor, waitingForWhat, waitingSince, ajioCreatedAt,
                missingChannelSkus, overdue, flag, onHoldReason, onHoldUntil, change, parentOrderId, poNumber, null);
    }

    /** A record of an order that is not held, without the search keys: the row keeps those it has. */
    public OrderRecord(String clientId, String orderId, EInvoicingModel eInvoicingModel, OrderStatus status,
                       WaitingFor waitingFor, String waitingForWhat, Instant waitingSince, Instant ajioCreatedAt,
                       List<String> missingChannelSkus, boolean overdue, String flag, StatusChange change) {
        this(clientId, orderId, eInvoicingModel, status, waitingFor, waitingForWhat, waitingSince, ajioCreatedAt,
                missingChannelSkus, overdue, flag, null, null, change, null, null, null);
    }

    public static OrderRecord of(OrderState s, StatusChange change) {
        return new OrderRecord(s.clientId(), s.orderId(), s.eInvoicingModel(), s.status(), s.waitingFor(),
                s.waitingForWhat(), s.waitingSince(), s.ajioCreatedAt(), s.missingChannelSkus(), s.overdue(),
                s.flag(), s.onHoldReason(), s.onHoldUntil(), change, s.parentOrderId(),
                s.b2bOrder() == null ? null : s.b2bOrder().poNumber(), s.partnerClientId());
    }
}
