package com.vmsflow.order;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.database.DatabaseActivities;
import com.vmsflow.database.OrderRecord;
import com.vmsflow.database.ReturnRestock;
import com.vmsflow.database.SkuMapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** VMS Flow's database in memory: SKU mappings, stock with soft reservations, document numbers, the read model's records. */
class FakeDatabase implements DatabaseActivities {

    final Map<String, String> mappings = new ConcurrentHashMap<>();
    final Map<String, Integer> onHand = new ConcurrentHashMap<>();
    /** order id to (sku to reserved). */
    final Map<String, Map<String, Integer>> reservations = new ConcurrentHashMap<>();
    final List<String> consumed = new CopyOnWriteArrayList<>();
    final List<OrderRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public SkuMapping mapChannelSkus(String clientId, List<String> channelSkus) {
        Map<String, String> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String sku : channelSkus) {
            if (mappings.containsKey(sku)) {
                found.put(sku, mappings.get(sku));
            } else {
                missing.add(sku);
            }
        }
        return new SkuMapping(found, missing);
    }

    @Override
    public synchronized Map<String, Integer> reserveInventory(String clientId, String orderId,
                                                              Map<String, Integer> wantedBySku) {
        Map<String, Integer> held = reservations.computeIfAbsent(orderId, k -> new HashMap<>());
        Map<String, Integer> answer = new LinkedHashMap<>();
        wantedBySku.forEach((sku, wanted) -> {
            int mine = held.getOrDefault(sku, 0);
            int others = reservations.entrySet().stream().filter(e -> !e.getKey().equals(orderId))
                    .mapToInt(e -> e.getValue().getOrDefault(sku, 0)).sum();
            int available = Math.max(0, onHand.getOrDefault(sku, 0) - others);
            int now = Math.min(wanted, available);
            held.put(sku, now);
            answer.put(sku, now);
        });
        return answer;
    }

    int reserved(String orderId, String sku) {
        return reservations.getOrDefault(orderId, Map.of()).getOrDefault(sku, 0);
    }

    @Override
    public synchronized void consumeReservation(String clientId, String orderId) {
        if (!consumed.contains(orderId)) {
            reservations.getOrDefault(orderId, Map.of()).forEach((sku, q) -> onHand.merge(sku, -q, Integer::sum));
            reservations.remove(orderId);
            consumed.add(orderId);
        }
    }

    /** Returns' items put back into stock, by return and item id, in the order restocked. */
    final Map<String, ReturnRestock> restocked = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Override
    public synchronized List<String> restockReturn(String clientId, String returnId, String orderId,
                                                   List<ReturnRestock> items) {
        return items.stream().filter(i -> restocked.putIfAbsent(returnId + "/" + i.itemId(), i) == null)
                .map(ReturnRestock::itemId).toList();
    }

    @Override
    public String allocateDocumentNumber(String clientId, DocumentType type, String reference, LocalDate date) {
        return "DR2627" + String.format("%06d", Math.abs(reference.hashCode()) % 1_000_000);
    }

    /** How many read-model writes still fail, as while PostgreSQL is down. */
    public final java.util.concurrent.atomic.AtomicInteger recordFailures = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void recordOrder(OrderRecord record) {
        if (recordFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("PostgreSQL unavailable (the test's outage)");
        }
        records.add(record);
    }
}
