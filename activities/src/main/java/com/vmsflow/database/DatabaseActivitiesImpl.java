package com.vmsflow.database;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.inventory.StockArrivals;
import com.vmsflow.inventory.StockNudges;
import com.vmsflow.inventory.StockPool;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.InventoryRepository;
import com.vmsflow.store.OrderRepository;
import com.vmsflow.store.SkuMappingRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The database activities over the PostgreSQL repositories; each repository call is idempotent. */
public class DatabaseActivitiesImpl implements DatabaseActivities {

    private final SkuMappingRepository mappings;
    private final InventoryRepository inventory;
    private final DocumentRepository documents;
    private final OrderRepository orders;
    private final StockNudges nudges;
    private final StockArrivals arrivals;

    /** Without inventory syncs to nudge (their sweep still finds every change). */
    public DatabaseActivitiesImpl(SkuMappingRepository mappings, InventoryRepository inventory,
                             DocumentRepository documents, OrderRepository orders) {
        this(mappings, inventory, documents, orders, StockNudges.NONE);
    }

    /** @param nudges told of each reservation, release and consumption once its transaction committed */
    public DatabaseActivitiesImpl(SkuMappingRepository mappings, InventoryRepository inventory,
                             DocumentRepository documents, OrderRepository orders, StockNudges nudges) {
        this(mappings, inventory, documents, orders, nudges, (clientId, orderId) -> false);
    }

    /**
     * @param nudges       told of each reservation, release and consumption once its transaction committed
     * @param reserveAgain tells an UNFULFILLABLE order to reserve again when a return restocked GOOD stock
     */
    public DatabaseActivitiesImpl(SkuMappingRepository mappings, InventoryRepository inventory,
                             DocumentRepository documents, OrderRepository orders, StockNudges nudges,
                             StockArrivals.ReserveAgain reserveAgain) {
        this.mappings = mappings;
        this.inventory = inventory;
        this.documents = documents;
        this.orders = orders;
        this.nudges = nudges;
        this.arrivals = new StockArrivals(orders, reserveAgain, nudges);
    }

    @Override
    public SkuMapping mapChannelSkus(String clientId, List<String> channelSkus) {
        Map<String, String> found = mappings.find(clientId, channelSkus);
        return new SkuMapping(found, channelSkus.stream().filter(sku -> !found.containsKey(sku)).toList());
    }

    @Override
    public Map<String, Integer> reserveInventory(String clientId, String orderId, Map<String, Integer> wantedBySku) {
        Map<String, Integer> holds = inventory.reserve(clientId, orderId, wantedBySku);
        nudges.stockChanged(clientId); // committed: reserving more, releasing, or nothing (a nudge too many is free)
        return holds;
    }

    @Override
    public void consumeReservation(String clientId, String orderId) {
        inventory.consume(clientId, orderId);
        nudges.stockChanged(clientId);
    }

    @Override
    public List<String> restockReturn(String clientId, String returnId, String orderId, List<ReturnRestock> items) {
        List<String> restocked = inventory.restock(clientId, returnId, orderId, items.stream()
                .map(i -> new InventoryRepository.Restock(i.itemId(), i.sku(), i.quantity(), i.pool())).toList())
                .stream().map(InventoryRepository.Restock::itemId).toList();
        // Judged by what was asked, not by what this call restocked: a retry after a lost answer tells them again.
        arrivals.stockChanged(clientId, items.stream().anyMatch(i -> i.pool() == StockPool.GOOD));
        return restocked;
    }

    @Override
    public String allocateDocumentNumber(String clientId, DocumentType type, String reference, LocalDate date) {
        return documents.allocateNumber(clientId, type, reference, date);
    }

    @Override
    public void recordOrder(OrderRecord record) {
        orders.record(record);
    }
}
