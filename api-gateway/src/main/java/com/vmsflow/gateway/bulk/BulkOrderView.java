package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkOrderState;
import com.vmsflow.bulk.BulkOrderStatus;
import com.vmsflow.bulk.BulkStatusChange;
import com.vmsflow.bulk.FulfilmentType;
import com.vmsflow.bulk.QcStatus;
import com.vmsflow.bulk.ShipTo;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.inventory.StockPool;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bulk order as {@code GET /bulk-orders/{id}} answers it: from the workflow's {@code state} query while the workflow
 * exists, else ({@code archived}) from the state the read model kept. {@code shortages} say, per SKU short, why it is
 * UNFULFILLABLE or PARTIALLY_FULFILLABLE: wanted, available in its pool, free in each other pool at its location.
 */
public record BulkOrderView(
        String bulkOrderId,
        BulkOrderStatus status,
        FulfilmentType fulfilmentType,
        QcStatus qcStatus,
        StockPool pool,
        String location,
        ShipTo shipTo,
        List<Line> lines,
        List<Shortage> shortages,
        boolean completedBySeller,
        String erpMessageId,
        WaitingFor waitingFor,
        String waitingForWhat,
        Instant waitingSince,
        String problem,
        Instant createdAt,
        List<BulkStatusChange> history,
        boolean archived) {

    public record Line(String sku, int wanted, int allocated, int packed, int dispatched) {
    }

    public record Shortage(String sku, int wanted, int availableInPool, Map<StockPool, Integer> availableElsewhere) {
    }

    static BulkOrderView of(BulkOrderState s, boolean archived) {
        return new BulkOrderView(s.bulkOrderId(), s.status(), s.order().fulfilmentType(), s.order().qcStatus(),
                s.order().qcStatus().pool(), s.order().location(), s.order().shipTo(),
                s.lines().stream().map(l -> new Line(l.sku(), l.wanted(), l.reserved(), l.packed(), l.dispatched()))
                        .toList(),
                s.shortages().stream().map(x -> new Shortage(x.sku(), x.wanted(), x.availableInPool(),
                        x.availableElsewhere())).toList(),
                s.completedBySeller(), s.erpMessageId(), s.waitingFor(), s.waitingForWhat(), s.waitingSince(), s.problem(),
                s.createdAt(), s.history(), archived);
    }
}
