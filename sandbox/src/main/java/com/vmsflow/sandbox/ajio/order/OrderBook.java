package com.vmsflow.sandbox.ajio.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One seller's orders: by id, and sorted by creation time then id so that a date window is two binary searches
 * and a page a slice. Orders mostly arrive in time order, so insertion is usually an append.
 */
final class OrderBook {

    private static final Comparator<Order> CREATION = Comparator.comparing(Order::createdAt)
            .thenComparing(Order::orderId);

    /** A slice of a date window and how many orders the whole window holds. */
    record Window(List<Order> orders, long total) {
    }

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final List<Order> byCreation = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** Adds the order unless one with its id is there. */
    boolean add(Order order) {
        if (byId.putIfAbsent(order.orderId(), order) != null) {
            return false;
        }
        lock.writeLock().lock();
        try {
            int at = -(binarySearch(order) + 1);
            byCreation.add(at, order);
        } finally {
            lock.writeLock().unlock();
        }
        return true;
    }

    Optional<Order> find(String orderId) {
        return Optional.ofNullable(byId.get(orderId));
    }

    /** Orders created in [from, to), skipping {@code offset} and taking at most {@code limit}. */
    Window window(Instant from, Instant to, long offset, int limit) {
        lock.readLock().lock();
        try {
            int start = firstAtOrAfter(from);
            int end = Math.max(start, firstAtOrAfter(to));
            long total = end - start;
            int sliceStart = (int) Math.min(end, start + offset);
            int sliceEnd = Math.min(end, sliceStart + limit);
            return new Window(new ArrayList<>(byCreation.subList(sliceStart, sliceEnd)), total);
        } finally {
            lock.readLock().unlock();
        }
    }

    private int binarySearch(Order order) {
        int low = 0;
        int high = byCreation.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = CREATION.compare(byCreation.get(mid), order);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** The index of the first order created at or after {@code instant}. */
    private int firstAtOrAfter(Instant instant) {
        int low = 0;
        int high = byCreation.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byCreation.get(mid).createdAt().isBefore(instant)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
