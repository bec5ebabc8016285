package com.vmsflow.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.b2b2c.B2b2cReturn;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.CostLine;
import com.vmsflow.b2b2c.B2b2cTerms.AccountCodes;
import com.vmsflow.b2b2c.B2b2cTerms.BillingAddress;
import com.vmsflow.einvoice.GstTotals;
import com.vmsflow.json.Json;
import com.vmsflow.order.cancellation.CancellationSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * B2B2C_PACK_CONFIRMATION (seed 002, step 3): what the brand packed for its partner's marketplace order, each
     * line at the brand's cost price, for the brand's e-invoice to the partner. The partner is the billing party; the
     * shipping party is the marketplace's customer, whose address the marketplace keeps (its label ships the parcel).
     */
    record B2b2cPackConfirmation(String orderId, String marketplace, String partnerClientId, String partnerGstin,
                                 BillingAddress billingParty, String shippingParty, AccountCodes accountCodes,
                                 List<CostLine> lines) {
    }

    static JsonNode b2b2cPackConfirmation(OrderState order, B2b2cTerms terms) {
        return Json.mapper().valueToTree(new B2b2cPackConfirmation(order.orderId(), "AJIO", terms.partnerClientId(),
                terms.partnerGstin(), terms.billingAddress(), "the marketplace's customer of order " + order.orderId(),
                terms.accountCodes(), costLines(order, terms, order.b2b2cBooked())));
    }

    static JsonNode b2b2cReturn(OrderState order, B2b2cTerms terms, String returnId, String reason,
                                Map<String, Integer> quantities) {
        return Json.mapper().valueToTree(B2b2cReturn.of(terms, order.orderId(), returnId, reason,
                order.b2b2cInvoice() == null ? null : order.b2b2cInvoice().documentNumber(),
                costLines(order, terms, quantities)));
    }

    /** The lines of {@code quantities} (units by line id) at the cost price; a SKU with none is valued at 0. */
    static List<CostLine> costLines(OrderState order, B2b2cTerms terms, Map<String, Integer> quantities) {
        List<CostLine> lines = new ArrayList<>();
        for (LineState line : order.lines()) {
            int quantity = quantities.getOrDefault(line.lineId(), 0);
            if (quantity > 0) {
                B2bLine b2b = order.b2bLine(line.lineId());
                BigDecimal unit = terms.costPrice().unitFor(line.clientSku(), line.price()).orElse(BigDecimal.ZERO);
                lines.add(new CostLine(line.lineId(), line.clientSku(), line.channelSku(),
                        b2b == null ? null : b2b.hsnCode(), quantity, unit, GstTotals.taxableValue(unit, quantity),
                        b2b == null ? null : b2b.gstRate()));
            }
        }
        return lines;
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
