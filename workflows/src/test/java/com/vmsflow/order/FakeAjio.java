package com.vmsflow.order;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.ajio.AjioOrderLine;
import com.vmsflow.ajio.B2bLine;
import com.vmsflow.ajio.B2bOrder;
import com.vmsflow.ajio.LineQuantity;
import com.vmsflow.ajio.Manifest;
import com.vmsflow.ajio.ShippingDocuments;
import com.vmsflow.einvoice.EInvoice;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ajio in memory, with Ajio's rules: no acknowledgement twice, none above what is open, no customer cancellation
 * after it. Every call is recorded so tests can say what reached Ajio.
 */
public class FakeAjio implements AjioActivities {

    /** The seller account each call went with: the partner's for a B2B2C order. */
    final List<String> accounts = new CopyOnWriteArrayList<>();

    record Call(String operation, String orderId, Object argument) {
    }

    static final class Order {
        final String orderId;
        final Instant createdAt;
        String parentOrderId;
        final List<int[]> lines = new ArrayList<>(); // {quantity, cancelled}
        final List<String> channelSkus = new ArrayList<>();
        final List<BigDecimal> prices = new ArrayList<>();
        boolean acknowledged;
        EInvoice invoice;
        /** What Ajio says of when the order may be processed (ONHOLD). */
        volatile Instant dispatchAfter;
        volatile String replacementOf;
        volatile boolean originalReturnPickedUp;

        Order(String orderId, Instant createdAt) {
            this.orderId = orderId;
            this.createdAt = createdAt;
        }

        synchronized AjioOrder view() {
            List<AjioOrderLine> view = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                view.add(new AjioOrderLine(String.valueOf(i + 1), channelSkus.get(i), lines.get(i)[0],
                        lines.get(i)[1], prices.get(i)));
            }
            return new AjioOrder(orderId, createdAt, acknowledged, view, parentOrderId, dispatchAfter, replacementOf,
                    originalReturnPickedUp);
        }

        int[] line(String lineId) {
            return lines.get(Integer.parseInt(lineId) - 1);
        }
    }

    final Map<String, Order> orders = new ConcurrentHashMap<>();
    /** Operations Ajio refuses (a 4xx) the next time they are called. */
    final java.util.Set<String> refuseNext = ConcurrentHashMap.newKeySet();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(20);
    private final Map<String, CountDownLatch> heldCouriers = new ConcurrentHashMap<>();

    /** The customer's orders that Ajio splits into the seller's orders created after this: by order id. */
    private final Map<String, String> parentOrders = new ConcurrentHashMap<>();

    /** The order {@code orderId}, when created, is part of the customer's order {@code parentOrderId}. */
    public void parentOrder(String orderId, String parentOrderId) {
        parentOrders.put(orderId, parentOrderId);
    }

    /** Ajio gives the order a dispatch-after time (ONHOLD until it passes); answers the order as Ajio shows it. */
    public AjioOrder dispatchAfter(String orderId, Instant dispatchAfter) {
        orders.get(orderId).dispatchAfter = dispatchAfter;
        return orders.get(orderId).view();
    }

    /** Ajio's order of {@code sku, quantity, price} triples, lines numbered from 1. */
    public AjioOrder create(String orderId, Instant createdAt, Object... skuQuantityPrice) {
        Order order = new Order(orderId, createdAt);
        order.parentOrderId = parentOrders.get(orderId);
        for (int i = 0; i < skuQuantityPrice.length; i += 3) {
            order.channelSkus.add((String) skuQuantityPrice[i]);
            order.lines.add(new int[] {(Integer) skuQuantityPrice[i + 1], 0});
            order.prices.add(new BigDecimal(skuQuantityPrice[i + 2].toString()));
        }
        orders.put(orderId, order);
        return order.view();
    }

    /** A customer (or Ajio's business team) cancels at Ajio; answers false when Ajio refuses it. */
    boolean customerCancels(String orderId, String lineId, int quantity) {
        Order order = orders.get(orderId);
        synchronized (order) {
            if (order.acknowledged) {
                return false;
            }
            int[] line = order.line(lineId);
            line[1] += Math.min(quantity, line[0] - line[1]);
            return true;
        }
    }

    void businessCancels(String orderId, String lineId, int quantity) {
        Order order = orders.get(orderId);
        synchronized (order) {
            int[] line = order.line(lineId);
            line[1] += Math.min(quantity, line[0] - line[1]);
        }
    }

    private void maybeRefuse(String operation) {
        if (refuseNext.remove(operation)) {
            throw ApplicationFailure.newNonRetryableFailure("Ajio refused " + operation + " (422 TEST)", REFUSED);
        }
    }

    long count(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).count();
    }

    List<Object> arguments(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).map(Call::argument).toList();
    }

    @Override
    public AjioOrder readOrder(String clientId, String orderId) {
        calls.add(new Call("readOrder", orderId, null));
        accounts.add("readOrder " + clientId);
        return orders.get(orderId).view();
    }

    @Override
    public AjioOrder acknowledge(String clientId, String orderId, List<LineQuantity> lines, String idempotencyKey) {
        calls.add(new Call("acknowledge", orderId, lines));
        accounts.add("acknowledge " + clientId);
        maybeRefuse("acknowledge");
        Order order = orders.get(orderId);
        synchronized (order) {
            if (order.acknowledged) {
                throw ApplicationFailure.newNonRetryableFailure("already acknowledged", REFUSED);
            }
            for (LineQuantity q : lines) {
                int[] line = order.line(q.lineId());
                if (q.quantity() > line[0] - line[1]) {
                    throw ApplicationFailure.newNonRetryableFailure("quantity changed", QUANTITY_CHANGED);
                }
            }
            for (LineQuantity q : lines) {
                int[] line = order.line(q.lineId());
                line[1] = line[0] - q.quantity();
            }
            order.acknowledged = true;
            return order.view();
        }
    }

    @Override
    public B2bOrder fetchB2bOrder(String clientId, String orderId) {
        calls.add(new Call("fetchB2bOrder", orderId, null));
        accounts.add("fetchB2bOrder " + clientId);
        AjioOrder view = orders.get(orderId).view();
        List<B2bLine> lines = view.lines().stream().filter(l -> l.openQuantity() > 0).map(l -> {
            BigDecimal unit = l.price().multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.HALF_UP);
            return new B2bLine(l.lineId(), l.channelSku(), l.openQuantity(), unit,
                    unit.multiply(BigDecimal.valueOf(l.openQuantity())), new BigDecimal("5"), "6109");
        }).toList();
        return new B2bOrder(orderId, "PO-" + orderId, LocalDate.of(2026, 11, 23), "07AAGFF2194N1Z1", lines);
    }

    @Override
    public AjioOrder cancelQuantities(String clientId, String orderId, List<LineQuantity> lines, String reason,
                                      String idempotencyKey) {
        calls.add(new Call("cancelQuantities", orderId, lines));
        accounts.add("cancelQuantities " + clientId);
        Order order = orders.get(orderId);
        synchronized (order) {
            for (LineQuantity q : lines) {
                int[] line = order.line(q.lineId());
                if (q.quantity() > line[0] - line[1]) {
                    throw ApplicationFailure.newNonRetryableFailure("quantity exceeds open", REFUSED);
                }
                line[1] += q.quantity();
            }
            return order.view();
        }
    }

    @Override
    public void uploadB2bInvoice(String clientId, String orderId, EInvoice invoice, String idempotencyKey) {
        calls.add(new Call("uploadB2bInvoice", orderId, invoice));
        accounts.add("uploadB2bInvoice " + clientId);
        maybeRefuse("uploadB2bInvoice");
        orders.get(orderId).invoice = invoice;
    }

    @Override
    public ShippingDocuments fetchShippingDocuments(String clientId, String orderId) {
        calls.add(new Call("fetchShippingDocuments", orderId, null));
        accounts.add("fetchShippingDocuments " + clientId);
        return new ShippingDocuments("B2C-" + orderId, "AWB-" + orderId, "Delhivery");
    }

    /** Ajio answers 429 to this many RSI acceptances before it takes them (retryable after Retry-After). */
    final java.util.concurrent.atomic.AtomicInteger throttleRsi = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void updateQc(String clientId, String returnId, List<com.vmsflow.ajio.QcItem> items,
                         String idempotencyKey) {
        calls.add(new Call("updateQc", returnId, items));
        accounts.add("updateQc " + clientId);
        maybeRefuse("updateQc");
    }

    /** When set, credit note uploads wait for it to open: the return keeps running, its note taken, meanwhile. */
    volatile java.util.concurrent.CountDownLatch holdCreditNoteUploads;

    @Override
    public void uploadCreditNote(String clientId, String returnId, EInvoice creditNote, String idempotencyKey) {
        calls.add(new Call("uploadCreditNote", returnId, creditNote));
        accounts.add("uploadCreditNote " + clientId);
        java.util.concurrent.CountDownLatch hold = holdCreditNoteUploads;
        if (hold != null) {
            try {
                hold.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void requestRto(String clientId, String orderId, List<com.vmsflow.ajio.RtoItem> items,
                           String idempotencyKey) {
        calls.add(new Call("requestRto", orderId, items));
        accounts.add("requestRto " + clientId);
    }

    @Override
    public void acceptRsiDocument(String clientId, String documentId, String idempotencyKey) {
        calls.add(new Call("acceptRsiDocument", documentId, null));
        accounts.add("acceptRsiDocument " + clientId);
        if (throttleRsi.getAndDecrement() > 0) {
            throw ApplicationFailure.newBuilder().setType("THROTTLED").setMessage("Ajio answered 429")
                    .setNextRetryDelay(Duration.ofMillis(200)).build();
        }
    }

    @Override
    public Manifest createManifest(String clientId, String handoverId, String courier, List<String> shipmentIds,
                                   String idempotencyKey) {
        calls.add(new Call("createManifest", String.join(",", shipmentIds), idempotencyKey));
        accounts.add("createManifest " + clientId);
        awaitRelease(courier);
        return new Manifest("MF-" + idempotencyKey, shipmentIds);
    }

    /**
     * Ajio takes its time over the courier's manifests until {@link #releaseManifestsOf}: a handover that runs
     * longer than its caller waits. Held at most {@link #LONGEST_HOLD}, so a test that forgets cannot hang.
     */
    public void holdManifestsOf(String courier) {
        heldCouriers.put(courier, new CountDownLatch(1));
    }

    public void releaseManifestsOf(String courier) {
        CountDownLatch held = heldCouriers.remove(courier);
        if (held != null) {
            held.countDown();
        }
    }

    private void awaitRelease(String courier) {
        CountDownLatch held = heldCouriers.get(courier);
        if (held == null) {
            return;
        }
        try {
            held.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
