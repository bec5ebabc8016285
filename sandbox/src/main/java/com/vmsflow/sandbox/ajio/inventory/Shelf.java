package com.vmsflow.sandbox.ajio.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What one seller account offers at Ajio, by channel SKU in code point order. Changes take the write lock, so a
 * batch or an order is applied whole or not at all as readers see it; listings share the read lock.
 */
final class Shelf {

    private final NavigableMap<String, Figure> figures = new TreeMap<>(CodePointOrder.INSTANCE);
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private long oversells;

    /** Sets each figure; {@code pushed} counts them as received through the API. */
    void set(List<InventoryItem> items, Instant at, boolean pushed) {
        lock.writeLock().lock();
        try {
            for (InventoryItem item : items) {
                Figure figure = figures.computeIfAbsent(item.sku(), Figure::new);
                figure.quantity = item.quantity();
                figure.updatedAt = at;
                if (pushed) {
                    figure.pushes++;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Lowers each figure shown for a sold SKU by the units sold, never below 0; a sale above the figure is an
     * oversell. A SKU Ajio shows nothing for is left alone.
     */
    void sell(List<Sale> sales, Instant at) {
        lock.writeLock().lock();
        try {
            for (Sale sale : sales) {
                Figure figure = figures.get(sale.sku());
                if (figure == null) {
                    continue;
                }
                if (figure.quantity < sale.quantity()) {
                    figure.oversells++;
                    oversells++;
                }
                figure.quantity = Math.max(0, figure.quantity - sale.quantity());
                figure.updatedAt = at;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Up to {@code limit} figures after {@code after} (null: from the first); {@code next} null on the last page. */
    InventoryPage page(String after, int limit) {
        lock.readLock().lock();
        try {
            NavigableMap<String, Figure> rest = after == null ? figures : figures.tailMap(after, false);
            List<ShownFigure> items = new ArrayList<>();
            Iterator<Figure> iterator = rest.values().iterator();
            while (items.size() < limit && iterator.hasNext()) {
                items.add(iterator.next().shown());
            }
            String next = iterator.hasNext() ? items.get(items.size() - 1).sku() : null;
            return new InventoryPage(items, next);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every figure, or the one of {@code sku} (none when Ajio shows nothing for it), and the oversell count. */
    Snapshot snapshot(String sku) {
        lock.readLock().lock();
        try {
            List<FigureReport> items;
            if (sku == null) {
                items = figures.values().stream().map(Figure::report).toList();
            } else {
                Figure figure = figures.get(sku);
                items = figure == null ? List.of() : List.of(figure.report());
            }
            return new Snapshot(items, oversells);
        } finally {
            lock.readLock().unlock();
        }
    }

    record Snapshot(List<FigureReport> items, long oversells) {
    }
}
