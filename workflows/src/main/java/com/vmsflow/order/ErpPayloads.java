package com.vmsflow.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.json.Json;
import com.vmsflow.order.cancellation.CancellationSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payloads of the forward order's ERP postings. They are the ERP's integration contract (README), so they are
 * records with stable field names, not the workflow's state.
 */
final class ErpPayloads {

    private ErpPayloads() {
    }

    /** OUTWARD_ORDER_CREATE: the B2B order with its final quantities, for the ERP's e-invoice. */
    record OutwardOrder(String orderId, String poNumber, LocalDate poDate, String buyerGstin, List<Line> lines) {
    }

    record Line(String lineId, String sku, String channelSku, String hsnCode, int quantity, BigDecimal unitPrice,
                BigDecimal taxableValue, BigDecimal gstRate) {
    }

    /** OUTWARD_ORDER_CANCEL: what was cancelled, by whom, and whether the ERP's invoice had reached us. */
    record Cancellation(String orderId, CancellationSource source, String reason, boolean fullyCancelled,
                        String invoiceNumber, List<Quantities> lines) {
    }

    /** OUTWARD_ORDER_COMPLETE: per SKU, what was invoiced, shipped and cancelled, for the ERP's return order. */
    record Completion(String orderId, String invoiceNumber, String manifestId, List<Quantities> lines) {
    }

    record Quantities(String lineId, String sku, int ordered, int invoiced, int shipped, int cancelled) {
    }

    static JsonNode outwardOrder(OrderState order) {
        List<Line> lines = order.b2bOrder().lines().stream()
                .map(b -> line(order, b)).toList();
        return Json.mapper().valueToTree(new OutwardOrder(order.orderId(), order.b2bOrder().poNumber(),
                order.b2bOrder().poDate(), order.b2bOrder().buyerGstin(), lines));
    }

    static JsonNode cancellation(OrderState order, CancellationSource source, String reason) {
        return Json.mapper().valueToTree(new Cancellation(order.orderId(), source, reason, order.fullyCancelled(),
                order.invoice() == null ? null : order.invoice().documentNumber(), quantities(order)));
    }

    static JsonNode completion(OrderState order) {
        return Json.mapper().valueToTree(new Completion(order.orderId(),
                order.invoice() == null ? null : order.invoice().documentNumber(), order.manifestId(),
                quantities(order)));
    }

    private static Line line(OrderState order, B2bLine b2b) {
        LineState line = order.line(b2b.lineId());
        return new Line(b2b.lineId(), line.clientSku(), b2b.channelSku(), b2b.hsnCode(), b2b.quantity(),
                b2b.unitPrice(), b2b.taxableValue(), b2b.gstRate());
    }

    private static List<Quantities> quantities(OrderState order) {
        return order.lines().stream().map(l -> new Quantities(l.lineId(), l.clientSku(), l.ordered(), l.invoiced(),
                order.manifestId() == null ? 0 : l.open(), l.cancelled())).toList();
    }
}
