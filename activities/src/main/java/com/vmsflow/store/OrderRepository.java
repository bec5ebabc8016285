package com.vmsflow.store;

import com.vmsflow.database.OrderRecord;
import com.vmsflow.order.OrderStatus;
import com.vmsflow.order.StatusChange;
import java.util.Collection;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The read model of forward orders: written by the workflows' local activities, read by lists and reports. */
public record OrderRepository(Jdbi jdbi) {

    /**
     * Writes the order's row and, with a status change, its history row. Retries may deliver records out of order:
     * a change older than the row's never overwrites it, and a history row is written once.
     */
    public void record(OrderRecord record) {
        jdbi.useTransaction(h -> {
            OrderDao dao = h.attach(OrderDao.class);
            if (record.change() == null) {
                dao.upsertWaiting(record);
            } else {
                // The row first: history references it.
                dao.upsertWithChange(record, record.change().seq());
                dao.insertHistory(record.clientId(), record.orderId(), record.change());
            }
        });
    }

    public Optional<OrderRow> find(String clientId, String orderId) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.find(clientId, orderId));
    }

    /** The rows of those of these orders the read model has, by order id (a handover's orders, at most 2,000). */
    public Map<String, OrderRow> findAll(String clientId, Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withExtension(OrderDao.class, dao -> dao.findAll(clientId, orderIds.toArray(new String[0])))
                .stream().collect(Collectors.toMap(OrderRow::orderId, row -> row));
    }

    /** A page of orders by order id, of one status or (null) any, after {@code afterOrderId} or (null) from the start. */
    public List<OrderRow> list(String clientId, OrderStatus status, String afterOrderId, int limit) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.list(clientId, status, afterOrderId, limit));
    }

    /**
     * A page of the orders {@code key} names, exactly, by any of their search keys: the channel order id, the parent
     * order id, the PO number, the B2B invoice's IRN or the AWB, compared without regard to case (V11); of one status
     * or (null) any, after {@code afterOrderId} or (null) from the start, by order id.
     */
    public List<OrderRow> search(String clientId, String key, OrderStatus status, String afterOrderId, int limit) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.search(clientId, key.toUpperCase(Locale.ROOT), status,
                afterOrderId, limit));
    }

    /** FAILED orders waiting for a mapping of any of these channel SKUs: the ones to retry after an upload. */
    public List<String> failedOrdersMissing(String clientId, Collection<String> channelSkus) {
        if (channelSkus.isEmpty()) {
            return List.of();
        }
        return jdbi.withExtension(OrderDao.class, dao -> dao.failedOrdersMissing(clientId, channelSkus));
    }

    public List<String> orderIdsWithStatus(String clientId, OrderStatus status) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.orderIdsWithStatus(clientId, status));
    }

    /** Which of these orders the read model has: their workflows run already. */
    public Set<String> knownOrderIds(String clientId, Collection<String> orderIds) {
        return new HashSet<>(jdbi.withExtension(OrderDao.class,
                dao -> dao.knownOrderIds(clientId, orderIds.toArray(new String[0]))));
    }

    /** The order's status changes, oldest first. */
    public List<StatusChange> history(String clientId, String orderId) {
        return jdbi.withExtension(OrderDao.class, dao -> dao.history(clientId, orderId));
    }

    /** Orders per status, of one client or (null) of all; every status is present, 0 when it has none. */
    public Map<OrderStatus, Integer> countByStatus(String clientId) {
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0);
        }
        counts.putAll(jdbi.withExtension(OrderDao.class, dao -> dao.countByStatus(clientId)));
        return counts;
    }
}
