package com.vmsflow.order;

import com.vmsflow.bulk.Allocation;
import com.vmsflow.bulk.BulkOrderActivities;
import com.vmsflow.bulk.BulkOrderState;
import com.vmsflow.bulk.Shortage;
import com.vmsflow.inventory.StockPool;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stock of bulk orders in memory, at one location: on-hand per SKU and pool, what each bulk order holds, the
 * allocation rounds run, and the read model's rows. Like the real one, a round runs once and a dispatch consumes once.
 */
class FakeBulkStock implements BulkOrderActivities {

    /** "SKU|POOL" to on-hand. */
    final Map<String, Integer> onHand = new ConcurrentHashMap<>();
    /** Bulk order id to ("SKU|POOL" to reserved). */
    final Map<String, Map<String, Integer>> held = new ConcurrentHashMap<>();
    final Set<String> rounds = ConcurrentHashMap.newKeySet();
    final Set<String> consumed = ConcurrentHashMap.newKeySet();
    final List<BulkOrderState> records = new CopyOnWriteArrayList<>();
    /** The pools asked for, in the order asked. */
    final List<StockPool> poolsAsked = new CopyOnWriteArrayList<>();

    void stock(String sku, StockPool pool, int quantity) {
        onHand.merge(sku + "|" + pool, quantity, Integer::sum);
    }

    int onHand(String sku, StockPool pool) {
        return onHand.getOrDefault(sku + "|" + pool, 0);
    }

    int held(String bulkOrderId, String sku, StockPool pool) {
        return held.getOrDefault(bulkOrderId, Map.of()).getOrDefault(sku + "|" + pool, 0);
    }

    private int free(String sku, StockPool pool) {
        int reserved = held.values().stream().mapToInt(h -> h.getOrDefault(sku + "|" + pool, 0)).sum();
        return Math.max(0, onHand(sku, pool) - reserved);
    }

    @Override
    public synchronized Allocation allocate(String clientId, String bulkOrderId, int round, StockPool pool,
                                            String location, Map<String, Integer> wantedBySku, boolean allOrNothing) {
        poolsAsked.add(pool);
        Map<String, Integer> mine = held.computeIfAbsent(bulkOrderId, k -> new HashMap<>());
        if (rounds.add(bulkOrderId + "/" + round) && !consumed.contains(bulkOrderId)) {
            boolean all = wantedBySku.entrySet().stream().allMatch(e -> mine.getOrDefault(e.getKey() + "|" + pool, 0)
                    + free(e.getKey(), pool) >= e.getValue());
            if (all || !allOrNothing) {
                wantedBySku.forEach((sku, wanted) -> {
                    int have = mine.getOrDefault(sku + "|" + pool, 0);
                    mine.put(sku + "|" + pool, have + Math.min(wanted - have, free(sku, pool)));
                });
            }
        }
        Map<String, Integer> reserved = new LinkedHashMap<>();
        List<Shortage> shortages = new ArrayList<>();
        wantedBySku.forEach((sku, wanted) -> {
            int have = mine.getOrDefault(sku + "|" + pool, 0);
            reserved.put(sku, have);
            if (have + free(sku, pool) < wanted) {
                Map<StockPool, Integer> elsewhere = new EnumMap<>(StockPool.class);
                for (StockPool other : StockPool.values()) {
                    if (other != pool) {
                        elsewhere.put(other, free(sku, other));
                    }
                }
                shortages.add(new Shortage(sku, wanted, have + free(sku, pool), elsewhere));
            }
        });
        return new Allocation(reserved, shortages);
    }

    @Override
    public synchronized void release(String clientId, String bulkOrderId, Map<String, Integer> keepBySku) {
        held.getOrDefault(bulkOrderId, Map.of()).replaceAll((key, quantity) ->
                Math.min(quantity, keepBySku.getOrDefault(key.substring(0, key.indexOf('|')), 0)));
    }

    @Override
    public synchronized void consume(String clientId, String bulkOrderId, Map<String, Integer> dispatchedBySku) {
        if (!consumed.add(bulkOrderId)) {
            return;
        }
        held.getOrDefault(bulkOrderId, Map.of()).forEach((key, quantity) -> {
            String sku = key.substring(0, key.indexOf('|'));
            onHand.merge(key, -Math.min(quantity, dispatchedBySku.getOrDefault(sku, 0)), Integer::sum);
        });
        held.remove(bulkOrderId);
    }

    @Override
    public void recordBulkOrder(BulkOrderState state) {
        records.add(state);
    }
}
