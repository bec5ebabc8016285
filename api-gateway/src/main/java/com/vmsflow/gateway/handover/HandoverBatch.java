package com.vmsflow.gateway.handover;

import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.errors.ErrorCode;
import com.vmsflow.store.HandoverRow;
import com.vmsflow.store.OrderRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The orders of a handover request as the read model shows them: those it hands over, with the partner of each one on
 * a B2B2C partner's marketplace account (its manifest is made on that account), and those it keeps back. Seed 002,
 * step 4: only orders whose e-invoices exist go on a manifest; a partner's order not yet PACKED waits for the brand's
 * e-invoice to the partner (or an earlier step), so it stays, listed with why, and the rest of the batch goes.
 *
 * @param handedOver the orders to claim and put on manifests, in the request's order
 * @param partnerAccounts the handed-over orders on a partner's account, each with its partner
 * @param keptBack the orders of the request left behind
 */
record HandoverBatch(List<String> handedOver, Map<String, String> partnerAccounts,
                     List<HandoverView.KeptBack> keptBack) {

    /**
     * A new handover: every order must be known (else 422) and PACKED (else 409 NOT_AWAITING, as for an order
     * handed over already), but for a partner's order not yet PACKED, which is kept back; when every order is kept
     * back there is nothing to hand over (409 NOT_AWAITING, naming why each waits).
     */
    static HandoverBatch of(List<String> orderIds, Map<String, OrderRow> rows) {
        Map<String, String> unknown = new TreeMap<>();
        Map<String, String> notPacked = new TreeMap<>();
        Map<String, String> waiting = new TreeMap<>();
        List<String> handedOver = new ArrayList<>();
        List<HandoverView.KeptBack> keptBack = new ArrayList<>();
        for (int i = 0; i < orderIds.size(); i++) {
            String field = "orderIds[" + i + "]";
            OrderRow order = rows.get(orderIds.get(i));
            if (order == null) {
                unknown.put(field, "unknown order");
            } else if (order.status().readyForHandover()) {
                handedOver.add(order.orderId());
            } else if (waitsOnPartnersAccount(order)) {
                keptBack.add(keptBack(order));
                waiting.put(field, "order " + order.orderId() + " is " + order.status() + " on the account of "
                        + order.partnerClientId() + (order.waitingForWhat() == null ? ", not PACKED"
                        : ", waiting for " + order.waitingForWhat()));
            } else {
                notPacked.put(field, "order " + order.orderId() + " is " + order.status() + ", not PACKED");
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.validationFailed(unknown);
        }
        if (!notPacked.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_AWAITING, notPacked.size() + " of the orders are not PACKED",
                    notPacked);
        }
        if (handedOver.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_AWAITING, "none of the orders is PACKED: each is on a partner's"
                    + " account and waits before it can go on a manifest", waiting);
        }
        return new HandoverBatch(handedOver, partnersOf(handedOver, rows), keptBack);
    }

    /**
     * A repeat of the recorded handover {@code recorded}: it hands over the orders recorded; the request's others
     * were kept back, shown as they stand now. A request without every recorded order, or with one the first request
     * cannot have kept back (not known, not on a partner's account), is another request: 409 CONFLICT, as for other
     * orders under the same id.
     */
    static HandoverBatch repeating(HandoverRow recorded, List<String> orderIds, Map<String, OrderRow> rows) {
        Set<String> claimed = Set.copyOf(recorded.orderIds());
        List<String> handedOver = new ArrayList<>();
        List<HandoverView.KeptBack> keptBack = new ArrayList<>();
        for (String orderId : orderIds) {
            OrderRow order = rows.get(orderId);
            if (claimed.contains(orderId)) {
                handedOver.add(orderId);
            } else if (order != null && order.partnerClientId() != null) {
                keptBack.add(keptBack(order));
            } else {
                throw idTaken(recorded.handoverId());
            }
        }
        if (!Set.copyOf(handedOver).equals(claimed)) {
            throw idTaken(recorded.handoverId());
        }
        return new HandoverBatch(handedOver, partnersOf(handedOver, rows), keptBack);
    }

    static ApiException idTaken(String handoverId) {
        return new ApiException(ErrorCode.CONFLICT, "handover " + handoverId
                + " already exists with another courier or other orders");
    }

    /** A partner's order not yet PACKED, not final: it waits for the brand's e-invoice to the partner, or before. */
    private static boolean waitsOnPartnersAccount(OrderRow order) {
        return order.partnerClientId() != null && order.status().notYetPacked();
    }

    private static HandoverView.KeptBack keptBack(OrderRow order) {
        return new HandoverView.KeptBack(order.orderId(), order.status(), order.waitingForWhat() == null
                ? "not PACKED" : order.waitingForWhat());
    }

    private static Map<String, String> partnersOf(List<String> orderIds, Map<String, OrderRow> rows) {
        Map<String, String> partners = new LinkedHashMap<>();
        for (String orderId : orderIds) {
            OrderRow order = rows.get(orderId);
            if (order != null && order.partnerClientId() != null) {
                partners.put(orderId, order.partnerClientId());
            }
        }
        return partners;
    }
}
