package com.vmsflow.handover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch the warehouse hands to a courier: {@code POST /handovers}.
 *
 * @param partnerAccounts the orders on a B2B2C partner's marketplace account, each with the partner: their manifests
 *                        are the partner's; empty (or null, in histories from before B2B2C) when there are none
 */
public record HandoverRequest(String clientId, String handoverId, String courier, List<String> orderIds,
                              Map<String, String> partnerAccounts) {

    public HandoverRequest {
        orderIds = List.copyOf(orderIds);
        partnerAccounts = partnerAccounts == null ? Map.of() : Map.copyOf(partnerAccounts);
    }

    /** A batch of the client's own orders. */
    public HandoverRequest(String clientId, String handoverId, String courier, List<String> orderIds) {
        this(clientId, handoverId, courier, orderIds, Map.of());
    }

    /** The orders by the marketplace account their manifest is made on: the client's own first, then each partner's. */
    public Map<String, List<String>> ordersByAccount() {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        byAccount.put(clientId, new ArrayList<>());
        new TreeMap<>(partnerAccounts).values().forEach(partner -> byAccount.putIfAbsent(partner, new ArrayList<>()));
        orderIds.forEach(orderId -> byAccount.get(partnerAccounts.getOrDefault(orderId, clientId)).add(orderId));
        byAccount.values().removeIf(List::isEmpty);
        return byAccount;
    }
}
