package com.vmsflow.bulk;

import java.util.List;

/**
 * The {@code BULK_ORDER_DISPATCH} posting's payload: the outward order as it left, per SKU ordered and dispatched.
 * The ERP's integration contract (README), so a record with stable field names, not the workflow's state.
 */
public record BulkDispatchPayload(String bulkOrderId, FulfilmentType fulfilmentType, QcStatus qcStatus,
                                  String location, ShipTo shipTo, List<Line> lines) {

    public record Line(String sku, int ordered, int dispatched) {
    }

    static BulkDispatchPayload of(BulkOrderState order) {
        BulkOrderRequest o = order.order();
        return new BulkDispatchPayload(o.bulkOrderId(), o.fulfilmentType(), o.qcStatus(), o.location(), o.shipTo(),
                order.lines().stream().map(l -> new Line(l.sku(), l.wanted(), l.dispatched())).toList());
    }
}
