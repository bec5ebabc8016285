package com.vmsflow.gateway.order;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.order.CancellationRecord;
import com.vmsflow.order.DocumentRef;
import com.vmsflow.order.HoldReason;
import com.vmsflow.order.LineState;
import com.vmsflow.order.OrderState;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.RefusedHandover;
import com.vmsflow.order.StatusChange;
import com.vmsflow.store.OrderRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as {@code GET /orders/{orderId}} answers it: from the workflow's {@code state} query while the workflow
 * exists, else ({@code archived}) from the read model, which knows the status and its history but not the lines.
 * {@code partnerClientId} is the B2B2C partner whose marketplace account the order is on (null for the client's own).
 */
public record OrderView(
        String orderId,
        OrderStatus status,
        EInvoicingModel model,
        String partnerClientId,
        Instant ajioCreatedAt,
        List<Line> lines,
        List<DocumentRef> documents,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        boolean overdue,
        String flag,
        HoldReason onHoldReason,
        Instant onHoldUntil,
        String problem,
        List<String> missingChannelSkus,
        List<CancellationRecord> cancellations,
        List<StatusChange> history,
        String handoverId,
        String manifestId,
        List<RefusedHandover> refusedHandovers,
        boolean archived) {

    /**
     * One order line; {@code sku} is the client's SKU (null until mapped), the one pack results and cancellations
     * name.
     */
    public record Line(String lineId, String channelSku, String sku, BigDecimal price, int ordered, int cancelled,
                       int reserved, Integer acknowledged, int invoiced, int packed, int notFound, int damaged) {

        static Line of(LineState l) {
            return new Line(l.lineId(), l.channelSku(), l.clientSku(), l.price(), l.ordered(), l.cancelled(),
                    l.reserved(), l.acknowledged(), l.invoiced(), l.packed(), l.notFound(), l.damaged());
        }
    }

    public static OrderView of(OrderState s) {
        return new OrderView(s.orderId(), s.status(), s.eInvoicingModel(), s.partnerClientId(), s.ajioCreatedAt(),
                s.lines().stream().map(Line::of).toList(), s.documents(), s.waitingFor(), s.waitingForWhat(),
                s.waitingSince(), s.overdue(), s.flag(), s.onHoldReason(), s.onHoldUntil(), s.problem(),
                s.missingChannelSkus(), s.cancellations(), s.history(), s.handoverId(), s.manifestId(),
                s.refusedHandovers(), false);
    }

    public static OrderView archived(OrderRow row, List<StatusChange> history) {
        return new OrderView(row.orderId(), row.status(), row.eInvoicingModel(), row.partnerClientId(),
                row.ajioCreatedAt(), null, null, row.waitingFor(), row.waitingForWhat(), row.waitingSince(),
                row.overdue(), row.flag(), null, null, null, row.missingChannelSkus(), null, history, null, null, null,
                true);
    }
}
